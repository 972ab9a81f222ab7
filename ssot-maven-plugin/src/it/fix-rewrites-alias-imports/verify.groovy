def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /ssot-maven-plugin:[^:]+:fix/
assert log.contains('ssot: fixed src/main/java/com/acme/app/Server.java')
def server = new File(basedir, 'src/main/java/com/acme/app/Server.java').text
assert server.contains('import com.acme.ws.WebSocketManager;\n')
assert !server.contains('LegacyWebSocketManager')
assert server.contains('private final WebSocketManager manager = new WebSocketManager();')
// compiled after the fix
assert new File(basedir, 'target/classes/com/acme/app/Server.class').isFile()
return true
