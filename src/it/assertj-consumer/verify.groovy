// Checks that pledgebook's AssertJ assertions pass and fail as a test writer expects, with readable messages.
def lines = new File(basedir, 'build.log').readLines()*.trim()
[
    'passing assertions passed',
    'failure java.lang.AssertionError:|Expecting stage total:|  announced as of 2024-02-20: [JPY 15,800,000,000; '
            + 'USD 37,000,000] from 2 pledges|to count 3 pledges|but it counts 2',
    'failure java.lang.AssertionError:|Expecting stage total:|  announced as of 2024-02-20: [JPY 15,800,000,000; '
            + 'USD 37,000,000] from 2 pledges|to hold:|  USD 37,000,000.01|but it holds USD 37,000,000',
    'assertions run in io.github.pledgebook reading org.assertj.core',
].each { expected ->
    assert lines.contains(expected) : "the consumer did not print: ${expected}"
}
assert !lines.contains('a failing assertion passed') : 'a failing assertion passed'

def listing = new File(basedir, 'target/runtime-dependencies.txt').text
assert listing.contains('org.assertj:assertj-core') : "assertj-core is the consumer's own dependency:\n${listing}"
return true
