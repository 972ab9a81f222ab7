def log = new File(basedir, 'build.log').text
def config = new File(basedir, 'ssot.yaml').canonicalPath
assert log.contains("ssot: ${config}:4: rules.import-cycle.level: bad value 'module'")
assert log.contains('MojoExecutionException')
assert log.contains('BUILD FAILURE')
// A config error stops ssot before it analyses anything: no report.
assert !new File(basedir, 'target/ssot/report.json').exists()
return true
