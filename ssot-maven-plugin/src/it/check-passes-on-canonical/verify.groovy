import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /ssot-maven-plugin:[^:]+:check/
assert log.contains('ssot: 4 files, 4 types: 0 errors, 0 warnings, 0 info')
assert !log.contains('[ERROR]')

def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.schemaVersion == 1
assert report.findings.isEmpty()
assert report.summary.files == 4
// The test source root was analysed too, and paths are relative to the project directory.
def concept = report.concepts.find { it.canonical == 'com.acme.ws.WebSocketManager' }
assert concept.reExports*.name == ['com.acme.ws.legacy.UnifiedWebSocketManager']
assert concept.testDoubles*.location.path == ['src/test/java/com/acme/ws/FakeWebSocketManager.java']
return true
