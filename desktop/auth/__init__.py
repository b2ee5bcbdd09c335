"""Who is acting, and what each role may do."""

from desktop.auth.permissions import Actor, Permission, require, role_allows

__all__ = ["Actor", "Permission", "require", "role_allows"]
