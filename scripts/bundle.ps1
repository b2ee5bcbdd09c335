# Builds the one-folder bundle dist\UnionDesk\ on Windows from the same spec as Linux
# (packaging\uniondesk.spec), smoke-tests it (scripts\bundle_smoke.py), and, when Inno Setup's
# iscc.exe is on PATH, the installer dist\UnionDesk-setup.exe (packaging\uniondesk.iss).
#   powershell -ExecutionPolicy Bypass -File scripts\bundle.ps1 [-NoSmoke]
param([switch]$NoSmoke)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$env:UV_PYTHON_DOWNLOADS = "never"

if (-not (Get-Command uv -ErrorAction SilentlyContinue)) { python -m pip install uv }
uv sync --frozen --all-groups
if ($LASTEXITCODE -ne 0) { throw "uv sync failed" }

Remove-Item -Recurse -Force build\bundle, dist\UnionDesk -ErrorAction SilentlyContinue
uv run --frozen pyinstaller --noconfirm --log-level WARN --workpath build\bundle --distpath dist packaging\uniondesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

if (-not $NoSmoke) {
    uv run --frozen python scripts\bundle_smoke.py dist\UnionDesk
    if ($LASTEXITCODE -ne 0) { throw "bundle smoke test FAILED" }
}
if (Get-Command iscc -ErrorAction SilentlyContinue) {
    $version = (uv run --frozen python -c "from desktop.version import __version__; print(__version__)").Trim()
    iscc "/DAppVersion=$version" packaging\uniondesk.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Host "iscc (Inno Setup 6) not on PATH: installer not built; the folder dist\UnionDesk is ready."
}
