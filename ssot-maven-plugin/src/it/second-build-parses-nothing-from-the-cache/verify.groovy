import groovy.json.JsonSlurper

// Two builds ran (invoker.properties); the report is the second one's.
def dir = new File(basedir, 'target/ssot')
assert new File(dir, 'cache/facts.bin').isFile()
def report = new JsonSlurper().parse(new File(dir, 'report.json'))
assert report.findings.isEmpty()
assert report.summary.files == 4
assert report.timing.cachedFiles == 4
assert report.timing.parsedFiles == 0
return true
