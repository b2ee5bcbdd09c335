; Inno Setup script for UnionDesk 工会调解工作台 on Windows.
; Build the folder first (scripts\bundle.ps1), then:  iscc packaging\uniondesk.iss
; Installs dist\UnionDesk into Program Files, with Start-menu and desktop shortcuts named
; 工会调解工作台.  The data folder %LOCALAPPDATA%\UnionDesk (database, attachments, issued
; documents, backups, log) belongs to the officer and is never touched by setup or by the
; uninstaller.
; scripts\bundle.ps1 passes /DAppVersion=<desktop\version.py>
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6A0E6B1C-3D0B-4E7A-9C55-0B8F2E1D7A42}
AppName=工会调解工作台
AppVerName=工会调解工作台 {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=区总工会劳动争议调解中心
DefaultDirName={autopf}\UnionDesk
DefaultGroupName=工会调解工作台
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=UnionDesk-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayName=工会调解工作台
UninstallDisplayIcon={app}\UnionDesk.exe
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "快捷方式："

[Files]
; the whole one-folder bundle; an upgrade replaces the program files only
Source: "..\dist\UnionDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\工会调解工作台"; Filename: "{app}\UnionDesk.exe"
Name: "{group}\卸载工会调解工作台"; Filename: "{uninstallexe}"
Name: "{autodesktop}\工会调解工作台"; Filename: "{app}\UnionDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\UnionDesk.exe"; Description: "启动工会调解工作台"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: %LOCALAPPDATA%\UnionDesk (the officer's data) is kept on uninstall.
