def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'target/ssot')
assert log.contains("ssot: package graph written to ${new File(dir, 'package-graph.dot').canonicalPath}")
assert log.contains('BUILD SUCCESS')

def dot = new File(dir, 'package-graph.dot').text
assert dot.startsWith('digraph ssot {')
assert dot.contains('"com.acme.a" -> "com.acme.b" [label="1", color=red];')
def mermaid = new File(dir, 'package-graph.mmd').text
assert mermaid.startsWith('flowchart LR')
assert mermaid.contains('linkStyle 0,1,2 stroke:red')
// The graph goal writes no report.
assert !new File(dir, 'report.json').exists()
return true
