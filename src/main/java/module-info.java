module io.github.pledgebook {
    requires transitive java.money;
    requires transitive org.threeten.extra;
    requires org.javamoney.moneta;
    requires static org.immutables.value.annotations;

    exports io.github.pledgebook;
    exports io.github.pledgebook.money;
    exports io.github.pledgebook.timeline;
}
