import groovy.json.JsonSlurper

// First build: the ignored copy is skipped and listed, nothing is duplicated.
def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.summary.files == 1
assert report.findings.isEmpty()
assert report.skipped.size() == 1
assert report.skipped[0].path == 'src/main/java/com/acme/scratch'
assert report.skipped[0].kind == 'directory'
assert report.skipped[0].reason == 'ignored'
assert report.summary.skipped.total == 1
assert report.summary.skipped.byReason.ignored == 1
def log = new File(basedir, 'build.log').text
assert log.contains('ssot: 1 file, 1 type: 0 errors, 0 warnings, 0 info, 1 skipped (1 ignored; listed in report.json)')

// Second build, -Dssot.noIgnore: the copy is analysed and fails the build as a duplicate.
def all = new JsonSlurper().parse(new File(basedir, 'target/ssot-no-ignore/report.json'))
assert all.summary.files == 2
assert all.skipped.isEmpty()
assert all.findings*.ruleId.contains('duplicate-type')
assert log.contains('BUILD FAILURE')
return true
