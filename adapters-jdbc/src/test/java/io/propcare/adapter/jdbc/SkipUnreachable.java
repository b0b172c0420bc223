package io.propcare.adapter.jdbc;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips jqwik property containers on a database that is unreachable, unless {@code CI=true}, in
 * which case the properties run and fail (see {@link TestDatabase#require()}).
 */
abstract class SkipUnreachable implements SkipExecutionHook {
    private final TestDatabase.Kind kind;

    SkipUnreachable(TestDatabase.Kind kind) {
        this.kind = kind;
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        TestDatabase db = TestDatabase.of(kind);
        return db.skip() ? SkipResult.skip(db.unreachable().orElseThrow()) : SkipResult.doNotSkip();
    }

    /** Never skips: H2 is embedded. */
    static final class H2 extends SkipUnreachable {
        H2() {
            super(TestDatabase.Kind.H2);
        }
    }

    /** Skips when PostgreSQL is unreachable. */
    static final class Postgres extends SkipUnreachable {
        Postgres() {
            super(TestDatabase.Kind.POSTGRESQL);
        }
    }

    /** Skips when MariaDB is unreachable. */
    static final class MariaDb extends SkipUnreachable {
        MariaDb() {
            super(TestDatabase.Kind.MARIADB);
        }
    }
}
