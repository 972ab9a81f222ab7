import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def client = new File(basedir, 'src/main/java/com/acme/app/Client.java').canonicalPath
// Below the fail level (error): logged at its own level, and the build passes. The import is both
// deprecated and non-canonical: one finding, the stronger rule's, with the other reason inside.
assert log.contains("[WARNING] ${client}:3:1 [non-canonical-import] ")
assert !log.contains("[deprecated-import]")
assert log.contains('BUILD SUCCESS')

def dir = new File(basedir, 'target/ssot')
assert log.contains("ssot: report written to ${new File(dir, 'report.json').canonicalPath}")
def report = new JsonSlurper().parse(new File(dir, 'report.json'))
assert report.schemaVersion == 1
assert report.tool.name == 'ssot'
assert report.rules*.id.containsAll(['duplicate-type', 'import-cycle', 'non-canonical-import', 'deprecated-import'])
assert report.findings*.ruleId == ['non-canonical-import']
assert report.findings[0].evidence.any { it.kind == 'also-flagged' && it.rule == 'deprecated-import' && it.message.contains('LegacyWebSocketManager is deprecated') }
assert report.findings.every { it.location.path == 'src/main/java/com/acme/app/Client.java' && it.fingerprint ==~ /[0-9a-f]{32}/ }
assert report.parseProblems.isEmpty()
assert report.summary.files == 3
assert report.summary.findings.total == 1
assert report.timing.totalMillis != null
// formats: text adds report.txt.
def text = new File(dir, 'report.txt').text
assert text.contains('src/main/java/com/acme/app/Client.java:3:1: warning: ')
assert text.contains('also deprecated-import: com.acme.ws.legacy.LegacyWebSocketManager is deprecated')
return true
