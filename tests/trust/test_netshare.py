"""Detecting a SQLite file on a network share."""

import pytest

from desktop.netshare import filesystem_of, is_network_path, is_unc_path, parse_mounts

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/union /mnt/union cifs rw,vers=3.0 0 0
nas:/export/data /srv/data nfs4 rw 0 0
/dev/sdb1 /media/usb\\040drive vfat rw 0 0
/dev/sda2 /mnt/union/local ext4 rw 0 0
"""


@pytest.mark.parametrize("path, expected", [
    (r"\\fileserver\union\uniondesk.db", True),
    ("//fileserver/union/uniondesk.db", True),
    (r"\\?\UNC\fileserver\union\a.db", True),
    (r"\\?\C:\data\a.db", False),
    (r"C:\UnionDesk\uniondesk.db", False),
    ("/home/officer/uniondesk.db", False),
])
def test_unc_paths(path, expected):
    assert is_unc_path(path) is expected


@pytest.mark.parametrize("path, expected", [
    ("/mnt/union/uniondesk.db", True),
    ("/srv/data/sub/uniondesk.db", True),
    ("/mnt/union/local/uniondesk.db", False),  # a local disk mounted inside the share
    ("/media/usb drive/uniondesk.db", False),
    ("/mnt/unionx/uniondesk.db", False),
    ("/home/officer/uniondesk.db", False),
])
def test_linux_mounts(path, expected):
    assert is_network_path(path, platform="linux", mounts_text=MOUNTS) is expected


def test_parse_mounts_unescapes_spaces():
    assert ("/media/usb drive", "vfat") in parse_mounts(MOUNTS)
    assert filesystem_of("/", parse_mounts(MOUNTS)) == "ext4"
