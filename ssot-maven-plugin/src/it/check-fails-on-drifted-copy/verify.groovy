import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/java/com/acme/ws/legacy/UnifiedWebSocketManager.java').canonicalPath
// The copy shares every method by name and arity although their types drifted (List -> Set).
assert log.contains("[ERROR] ${file}:9:14 [duplicate-type] 'UnifiedWebSocketManager' copies com.acme.ws.WebSocketManager")
assert log.contains('3 of 3 members shared')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.findings.size() == 1
def finding = report.findings[0]
assert finding.ruleId == 'duplicate-type'
assert finding.location.path == 'src/main/java/com/acme/ws/legacy/UnifiedWebSocketManager.java'
assert finding.symbols == ['com.acme.ws.WebSocketManager', 'com.acme.ws.legacy.UnifiedWebSocketManager']
assert finding.evidence.findAll { it.kind == 'definition' }.size() == 2
return true
