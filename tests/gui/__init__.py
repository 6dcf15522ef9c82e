"""Tests of the desktop window (a package, so that its conftest and module names never clash with tests/)."""
