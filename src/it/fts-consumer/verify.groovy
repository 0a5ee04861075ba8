// Checks what the FTS consumer printed on the module path and on the class path, and which jars it receives.
def lines = new File(basedir, 'build.log').readLines()*.trim()
[
    'FtsImport[2 flows on 1 page: 1 counted, 1 excluded, 0 refused]',
    'paid: [EUR 1,000]',
    'pledgebook runs in module io.github.pledgebook',
    'the parser runs in module tools.jackson.core',
    'pledgebook runs in the unnamed module',
    'the parser runs in the unnamed module',
].each { expected ->
    assert lines.contains(expected) : "the consumer did not print: ${expected}"
}
assert lines.count('FtsImport[2 flows on 1 page: 1 counted, 1 excluded, 0 refused]') == 2 : 'expected one run per path'

def listing = new File(basedir, 'target/runtime-dependencies.txt')
def runtime = listing.readLines()
        .collect { (it =~ /^\s*([\w.\-]+):([\w.\-]+):jar:.*:(compile|runtime)\b/) }
        .findAll { it.find() }
        .collect { it.group(1) + ':' + it.group(2) } as Set
def allowed = [
    'io.github.pledgebook:pledgebook',
    'javax.money:money-api',
    'org.javamoney.moneta:moneta-core',
    'javax.annotation:javax.annotation-api',
    'org.threeten:threeten-extra',
    'de.siegmar:fastcsv',
    'tools.jackson.core:jackson-core',
] as Set
assert runtime == allowed : "runtime dependencies were ${runtime}, expected exactly ${allowed}"
assert !(listing.text =~ /(?i)okhttp|okio|kotlin/) : "a network library is on the runtime path:\n${listing.text}"
return true
