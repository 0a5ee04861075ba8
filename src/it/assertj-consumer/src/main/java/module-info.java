/** A test writer's program: pledgebook's AssertJ assertions on the module path. */
module example.assertj {
    requires io.github.pledgebook;
    requires org.assertj.core;
}
