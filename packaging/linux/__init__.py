"""The Linux package: packaging/build.py imports make_tarball from here."""
