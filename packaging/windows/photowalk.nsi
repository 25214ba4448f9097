; Windows installer of photowalk: installs the one-folder bundle that build.spec makes
; (dist\photowalk: photowalk.exe and _internal\), with a Start-menu entry, the .photowalk file
; association and an uninstaller that removes only what it installed: projects, photos, settings
; and passwords stay where they are.
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD=..\..\dist\photowalk -DOUTFILE=..\..\dist\photowalk-0.1.0-setup.exe photowalk.nsi
;
; (The hosted CI workflow, .github/workflows/build.yml, runs that on Windows; tests/test_installer.py
; compiles it with Debian's makensis on a stand-in payload.)

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\photowalk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\photowalk-${VERSION}-setup.exe"
!endif
; photowalk.ico: resources/icons/photowalk.png at 16 to 256 pixels (Pillow), also the program's icon.
!ifndef ICON
  !define ICON "photowalk.ico"
!endif

!define APP "photowalk"
!define PROGID "photowalk.project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\photowalk"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\photowalk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "photowalk needs a 64-bit Windows (10 or later)."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "photowalk" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An earlier version's program files go first: a file it had and this one has not must not linger.
  RMDir /r "$INSTDIR\_internal"
  File "${PAYLOAD}\photowalk.exe"
  File /r "${PAYLOAD}\_internal"

  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"

  ; The Start-menu entry.
  CreateShortcut "$SMPROGRAMS\photowalk.lnk" "$INSTDIR\photowalk.exe" "" "$INSTDIR\photowalk.exe" 0

  ; .photowalk files open in photowalk (a double click: photowalk.exe "C:\...\walk.photowalk").
  WriteRegStr HKLM "Software\Classes\.photowalk" "" "${PROGID}"
  WriteRegStr HKLM "Software\Classes\.photowalk" "Content Type" "application/vnd.sqlite3"
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "photowalk project"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\photowalk.exe,0"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\photowalk.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\Applications\photowalk.exe\SupportedTypes" ".photowalk" ""
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  ; Apps & features: the uninstaller.
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "photowalk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Tajik Wikimedians User Group"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\photowalk.exe,0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Removes exactly the program files, the shortcut and the registry entries written above. Projects
; (*.photowalk with their -wal/-shm), photos, reports, settings in %APPDATA%, the thumbnail cache and
; passwords in the Credential Manager are the volunteer's: never touched, even if kept in $INSTDIR
; (which is then left in place, not emptied).
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\photowalk.lnk"
  Delete "$INSTDIR\photowalk.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; The association only while it is still photowalk's (another program may have taken .photowalk since).
  ReadRegStr $0 HKLM "Software\Classes\.photowalk" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKLM "Software\Classes\.photowalk"
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  DeleteRegKey HKLM "Software\Classes\Applications\photowalk.exe"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP}"
SectionEnd
