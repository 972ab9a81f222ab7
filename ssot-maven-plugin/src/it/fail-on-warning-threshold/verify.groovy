import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/java/com/acme/app/Client.java').canonicalPath
assert log.contains("[WARNING] ${file}:3:1 [non-canonical-import] ")
assert log.contains('ssot: 1 finding at or above failOn=warning {non-canonical-import=1}')
assert log.contains('BUILD FAILURE')

// Only a warning: with the default threshold (error) the same tree passes.
def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.findings*.ruleId == ['non-canonical-import']
assert report.findings*.severity == ['warning']
assert report.summary.findings.bySeverity.error == 0
return true
