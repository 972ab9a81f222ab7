def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// The generated help lists every goal, with parameter details under -Ddetail.
['ssot:check', 'ssot:fix', 'ssot:graph', 'ssot:help'].each { assert log.contains(it), "missing goal ${it}" }
assert log.contains('failOn')
assert log.contains('User property: ssot.failOn')
return true
