; Inno Setup 6 script for Seva Kiosk on Windows 10/11 (64-bit), built on a Windows PC:
;   1. pyinstaller --noconfirm installers\pyinstaller\seva-kiosk.spec      (gives dist\seva-kiosk\)
;   2. iscc /DAppVersion=0.1.0 installers\windows\seva-kiosk.iss           (gives dist\seva-kiosk-setup-0.1.0.exe)
; Per-machine install under Program Files; the data folder (%LOCALAPPDATA%\SevaKiosk of the counter
; account) is never touched by an upgrade, and an uninstall keeps it unless the technician says otherwise.
; tests/installers/test_windows_installer.py parses this file and checks every path it names exists in
; the frozen tree: keep paths literal.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\seva-kiosk"
#endif

[Setup]
AppId={{6E3C1B52-4F0A-4C55-9D0B-5E7A2C9B8F11}
AppName=Seva Kiosk
AppVersion={#AppVersion}
AppPublisher=Seva Kiosk team
DefaultDirName={autopf}\Seva Kiosk
DefaultGroupName=Seva Kiosk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=seva-kiosk-setup-{#AppVersion}
SetupIconFile=seva-kiosk.ico
UninstallDisplayIcon={app}\seva-kiosk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Setup asks for a running kiosk to be closed first (Windows Restart Manager); install after day close.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIcon=Desktop shortcut / डेस्कटॉपवर शॉर्टकट
english.StartAtLogin=Start Seva Kiosk full-screen when Windows starts (counter PC) / Windows सुरू झाल्यावर सेवा किऑस्क पूर्ण स्क्रीन सुरू करा
english.SelfTest=Check the installation (self-test) / इन्स्टॉलेशन तपासा (स्व-चाचणी)
english.KeepData=Also delete the kiosk's data folder (applications, documents, backups) at%n%1?%n%nChoose No to keep it (recommended: take a backup to USB first).%n%nकिऑस्कचे डेटा फोल्डर (अर्ज, कागदपत्रे, बॅकअप) सुद्धा हटवायचे का?%nठेवण्यासाठी No निवडा (आधी USB वर बॅकअप घ्या).

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked

[Files]
Source: "{#DistDir}\seva-kiosk.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "seva-kiosk.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "seva-kiosk-sync.xml"; DestDir: "{app}"; Flags: ignoreversion
Source: "README.md"; DestDir: "{app}"; DestName: "README-windows.md"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Seva Kiosk"; Filename: "{app}\seva-kiosk.exe"; IconFilename: "{app}\seva-kiosk.ico"
Name: "{autodesktop}\Seva Kiosk"; Filename: "{app}\seva-kiosk.exe"; IconFilename: "{app}\seva-kiosk.ico"; Tasks: desktopicon
Name: "{commonstartup}\Seva Kiosk"; Filename: "{app}\seva-kiosk.exe"; Parameters: "--fullscreen"; IconFilename: "{app}\seva-kiosk.ico"; Tasks: startatlogin

[Run]
Filename: "{app}\seva-kiosk.exe"; Parameters: "--self-test"; Description: "{cm:SelfTest}"; Flags: postinstall waituntilterminated unchecked
Filename: "{app}\seva-kiosk.exe"; Description: "{cm:LaunchProgram,Seva Kiosk}"; Flags: postinstall nowait skipifsilent runasoriginaluser

[UninstallDelete]
; Only what the app itself leaves beside the program (PyInstaller's __pycache__-free bundle leaves nothing).
Type: dirifempty; Name: "{app}"

[Code]
// The data lives in the counter account's %LOCALAPPDATA%\SevaKiosk (platformdirs, kiosk/config.py). Keep it
// unless the technician answers Yes, or passes /DELETEDATA to a silent uninstall.
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\SevaKiosk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Delete: Boolean;
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
  begin
    if UninstallSilent() then
      Delete := Pos('/DELETEDATA', Uppercase(GetCmdTail())) > 0
    else
      Delete := MsgBox(FmtMessage(CustomMessage('KeepData'), [DataFolder()]), mbConfirmation,
                       MB_YESNO or MB_DEFBUTTON2) = IDYES;
    if Delete then
      DelTree(DataFolder(), True, True, True);
  end;
end;
