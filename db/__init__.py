"""UnionDesk storage: SQLAlchemy models, engine and sessions, migrations, queries. Qt-free."""
