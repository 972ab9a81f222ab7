# -*- coding: utf-8 -*-
"""A client."""   
from pkg.ws.manager import WebSocketManager  # old path


def make():	
    return WebSocketManager()
