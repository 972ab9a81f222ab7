# -*- coding: utf-8 -*-
"""A client."""   
from pkg.compat import WebSocketManager  # old path


def make():	
    return WebSocketManager()
