/** A program that reads OCHA FTS flows with pledgebook as a named module. */
module example.fts {
    requires io.github.pledgebook;
    // pledgebook's JSON parser is optional (requires static): a program that reads FTS resolves it
    requires tools.jackson.core;
}
