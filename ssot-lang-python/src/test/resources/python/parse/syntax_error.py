"""Broken on purpose."""
import os


def broken(:
    return os
