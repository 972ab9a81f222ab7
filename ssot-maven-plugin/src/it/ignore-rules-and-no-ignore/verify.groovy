import groovy.json.JsonSlurper

// First build: the ignored copy is skipped and counted (in timing), nothing is duplicated.
def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.summary.files == 1
assert report.findings.isEmpty()
assert report.skipped.isEmpty()
assert report.timing.skippedIgnored == 1
def log = new File(basedir, 'build.log').text
assert log.contains('ssot: 1 file, 1 type: 0 errors, 0 warnings, 0 info, skipped: 1 ignored')

// Second build, -Dssot.noIgnore: the copy is analysed and fails the build as a duplicate.
def all = new JsonSlurper().parse(new File(basedir, 'target/ssot-no-ignore/report.json'))
assert all.summary.files == 2
assert all.skipped.isEmpty()
assert all.timing.skippedIgnored == 0
assert all.findings*.ruleId.contains('duplicate-type')
assert log.contains('BUILD FAILURE')
return true
