/** A program that uses pledgebook as a named module. */
module example.modular {
    requires io.github.pledgebook;
}
