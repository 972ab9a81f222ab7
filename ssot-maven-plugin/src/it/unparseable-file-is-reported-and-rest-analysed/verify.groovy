import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def broken = new File(basedir, 'src/main/java/com/acme/app/Broken.java').canonicalPath
assert log.contains("[WARNING] ${broken}:4 [parse] could not be parsed, so it was skipped (the rest was analysed)")
// The rest was analysed: the shim import in Client.java is still found.
assert log.contains('[non-canonical-import]')
assert log.contains('1 file not parsed')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.parseProblems*.path == ['src/main/java/com/acme/app/Broken.java']
assert report.parseProblems[0].line == 4
assert report.summary.files == 4
assert report.summary.parseProblems == 1
assert report.findings*.ruleId == ['non-canonical-import']
return true
