def log = new File(basedir, 'build.log').text
assert log.contains('ssot: skipped (ssot.skip)')
assert !log.contains('[duplicate-type]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/ssot/report.json').exists()
return true
