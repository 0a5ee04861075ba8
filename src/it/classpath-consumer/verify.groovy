// Checks what the consumer printed on the class path and which jars it receives at run time.
def lines = new File(basedir, 'build.log').readLines()*.trim()
[
    'Pledge[jp-erp3 Government of Japan -> Ukraine JPY 15,800,000,000 announced 2024-02-19]',
    'consumer runs in the unnamed module',
    'pledgebook runs in the unnamed module',
    'amounts are org.javamoney.moneta.Money from the unnamed module',
    'FTS parser available: false',
    'without the JSON parser: reading FTS flows needs the JSON parser tools.jackson.core:jackson-core (version 3), '
            + 'an optional dependency of pledgebook: add it to your build (and `requires tools.jackson.core;` to your '
            + 'module-info on the module path)',
    'sample PledgeBook[3 pledges, 1 conference, 1 memorandum, 1 milestone], chart with 7 parts',
    'assertj on the class path: false',
].each { expected ->
    assert lines.contains(expected) : "the consumer did not print: ${expected}"
}

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
] as Set
assert runtime == allowed : "runtime dependencies were ${runtime}, expected exactly ${allowed}"
assert !(listing.text =~ /(?i)okhttp|okio|kotlin/) : "a network library is on the runtime path:\n${listing.text}"
return true
