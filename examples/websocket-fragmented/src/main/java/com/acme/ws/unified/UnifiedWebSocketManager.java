package com.acme.ws.unified;

import com.acme.ws.unified.impl._UnifiedWebSocketManagerImplementation; // expect: import-cycle: 2 packages form an import cycle: com.acme.ws.unified -> com.acme.ws.unified.impl -> com.acme.ws.unified

/** The public name of the private implementation: an alias, not a second definition. */
public class UnifiedWebSocketManager extends _UnifiedWebSocketManagerImplementation {}
