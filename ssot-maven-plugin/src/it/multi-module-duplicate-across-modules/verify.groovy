import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// The parent and orders leave the analysis to the last project of the reactor.
assert log.count('ssot: aggregate mode: the reactor is analysed once, at its last project (billing)') == 2
def copy = new File(basedir, 'billing/src/main/java/com/acme/billing/SimplePriceCalculator.java').canonicalPath
assert log.contains("[ERROR] ${copy}:4:14 [duplicate-type] 'SimplePriceCalculator' is a second definition of PriceCalculator (canonical: com.acme.orders.PriceCalculator")
assert log.contains('ssot: 4 files, 4 types: 1 error')
assert log.contains('BUILD FAILURE')

// One report for the reactor, in the execution root's target/ssot, paths relative to it.
def report = new JsonSlurper().parse(new File(basedir, 'target/ssot/report.json'))
assert report.findings.size() == 1
def finding = report.findings[0]
assert finding.ruleId == 'duplicate-type'
assert finding.location.path == 'billing/src/main/java/com/acme/billing/SimplePriceCalculator.java'
assert finding.symbols == ['com.acme.billing.SimplePriceCalculator', 'com.acme.orders.PriceCalculator']
def definitions = finding.evidence.findAll { it.kind == 'definition' }*.location*.path
assert definitions.contains('orders/src/main/java/com/acme/orders/PriceCalculator.java')
assert !new File(basedir, 'orders/target/ssot').exists()
assert !new File(basedir, 'billing/target/ssot').exists()
return true
