import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/java/com/acme/ws/unified/UnifiedWebSocketManager.java').canonicalPath
// Logged like a compiler error: absolute path, line, column, rule id, message.
assert log.contains("[ERROR] ${file}:7:14 [duplicate-type] 'UnifiedWebSocketManager' is a second definition of WebSocketManager")
assert log.contains('ssot: 1 finding at or above failOn=error {duplicate-type=1}')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.findings.size() == 1
def finding = report.findings[0]
assert finding.ruleId == 'duplicate-type'
assert finding.severity == 'error'
assert finding.location.path == 'src/main/java/com/acme/ws/unified/UnifiedWebSocketManager.java'
assert finding.symbols == ['com.acme.ws.WebSocketManager', 'com.acme.ws.unified.UnifiedWebSocketManager']
return true
