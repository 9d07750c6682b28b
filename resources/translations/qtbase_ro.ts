<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
  <context>
    <name>CloseButton</name>
    <message>
      <source>Close Tab</source>
      <translation>Închide fila</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>Selectează &amp;tot</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Pas în s&amp;us</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Pas în &amp;jos</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>False</source>
      <translation>Fals</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Deschide lista de opțiuni</translation>
    </message>
    <message>
      <source>True</source>
      <translation>Adevărat</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Ce este aceasta?</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>&amp;Afișează din nou acest mesaj</translation>
    </message>
    <message>
      <source>Critical Error:</source>
      <translation>Eroare critică:</translation>
    </message>
    <message>
      <source>Debug Message:</source>
      <translation>Mesaj de depanare:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Eroare fatală:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Informație:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Avertisment:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Folderul nu a fost găsit.
Verificați dacă numele folderului este corect.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fișierul nu a fost găsit.
Verificați dacă numele fișierului este corect.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Fișier %1</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 există deja.
Doriți să-l înlocuiți?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Alege</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Ș&amp;terge</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Folder &amp;nou</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Deschide</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Redenumește</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Salvează</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>„%1” este protejat la scriere.
Doriți totuși să-l ștergeți?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Toate fișierele (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Toate fișierele (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Sigur doriți să ștergeți „%1”?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Înapoi</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Comută la vizualizarea detaliată</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Comută la vizualizarea ca listă</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Folderul nu a putut fi șters.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Creează un folder nou</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Creează un folder nou</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Vizualizare detaliată</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Foldere</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Unitate</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fișier</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Folder de fișiere</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fișiere</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Fișiere de tipul:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Căutare folder</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Înainte</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Mergi înapoi</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Mergi înainte</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Mergi la folderul părinte</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Vizualizare listă</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Lista locurilor și marcajelor</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Caută în:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Computerul meu</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Folder nou</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Deschide</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Folderul părinte</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Locuri recente</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Elimină</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Salvare ca</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Comandă rapidă</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Afișează </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Afișează fișierele &amp;ascunse</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Bară laterală</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Necunoscut</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Numele „%1” nu poate fi folosit.&lt;/b&gt;&lt;p&gt;Încercați alt nume, cu mai puține caractere sau fără semne de punctuație.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Computer</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Data modificării</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Nume de fișier nevalid</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tip</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Computerul meu</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nume</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dimensiune</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tip</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Anulează</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>În&amp;chide</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Salvează</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Închide fără salvare</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Introduceți o valoare:</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiază</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lipește</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Refă</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Anulează</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Decupează</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Selectează tot</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Despre Qt&lt;/h3&gt;&lt;p&gt;Acest program folosește Qt versiunea %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Despre Qt</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ascunde detaliile...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Afișează detaliile...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nu</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abandonează</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplică</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anulează</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Închide</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Renunță</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ajutor</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignoră</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Nu la t&amp;oate</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Deschide</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Resetează</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Restaurează valorile implicite</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Reîncearcă</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Salvează</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Salvează tot</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Da la &amp;toate</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Anulează</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Marginea de jos</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Marginea din stânga</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>O pagină în jos</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>O pagină la stânga</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>O pagină la dreapta</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>O pagină în sus</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Marginea din dreapta</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Derulează în jos</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Derulează aici</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Derulează la stânga</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Derulează la dreapta</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Derulează în sus</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Marginea de sus</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Derulează la stânga</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Derulează la dreapta</translation>
    </message>
  </context>
  <context>
    <name>QUndoGroup</name>
    <message>
      <source>Redo</source>
      <translation>Refă</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Refă %1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Anulează</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Anulează %1</translation>
    </message>
  </context>
  <context>
    <name>QUndoModel</name>
    <message>
      <source>&lt;empty&gt;</source>
      <translation>&lt;empty&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUndoStack</name>
    <message>
      <source>Redo</source>
      <translation>Refă</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Refă %1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Anulează</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Anulează %1</translation>
    </message>
  </context>
  <context>
    <name>QWhatsThisAction</name>
    <message>
      <source>What's This?</source>
      <translation>Ce este aceasta?</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiază</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lipește</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Refă</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Anulează</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Copiază adr&amp;esa legăturii</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Decupează</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Selectează tot</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Finalizează</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Ajutor</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Următorul</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Următorul &gt;</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anulează</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Confirmă</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continuă</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Gata</translation>
    </message>
    <message>
      <source>Go Back</source>
      <translation>Înapoi</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ajutor</translation>
    </message>
  </context>
</TS>
