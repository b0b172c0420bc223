-- Propcare JDBC adapter, schema version 1 (MariaDB 10.6+ / MySQL 8). ${prefix} is the configured table prefix.
-- Instants are BIGINT nanoseconds since the epoch (UTC); tables are utf8mb4 with a binary, no-pad collation.
CREATE TABLE ${prefix}complaints (
    property_id      VARCHAR(64) NOT NULL,
    complaint_id     VARCHAR(40) NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    building         VARCHAR(40),
    unit             VARCHAR(40),
    zone             VARCHAR(40),
    resident_name    VARCHAR(100),
    resident_phone   VARCHAR(21),
    channel          VARCHAR(32) NOT NULL,
    origin           VARCHAR(32) NOT NULL,
    text             TEXT NOT NULL,
    received_at      BIGINT NOT NULL,
    first_contact    VARCHAR(64),
    version          BIGINT NOT NULL,
    status           VARCHAR(32) NOT NULL,
    is_open          BOOLEAN NOT NULL,
    cls_category     VARCHAR(64),
    cls_urgency      VARCHAR(32),
    cls_validity     VARCHAR(32),
    cls_scope        VARCHAR(32),
    cls_confidence   DOUBLE,
    cls_needs_review BOOLEAN,
    cls_explanation  MEDIUMTEXT,
    owner            VARCHAR(64),
    deadlines        MEDIUMTEXT NOT NULL,
    next_due_at      BIGINT,
    sweep_at         BIGINT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    CONSTRAINT ${prefix}complaints_pk PRIMARY KEY (property_id, complaint_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};
CREATE INDEX ${prefix}complaints_open_ix ON ${prefix}complaints (property_id, is_open, received_at, complaint_id);
CREATE INDEX ${prefix}complaints_due_ix ON ${prefix}complaints (property_id, sweep_at, complaint_id);

CREATE TABLE ${prefix}complaint_keys (
    property_id      VARCHAR(64) NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    complaint_id     VARCHAR(40) NOT NULL,
    CONSTRAINT ${prefix}complaint_keys_pk PRIMARY KEY (property_id, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE ${prefix}complaint_events (
    property_id      VARCHAR(64) NOT NULL,
    complaint_id     VARCHAR(40) NOT NULL,
    seq              BIGINT NOT NULL,
    type             VARCHAR(32) NOT NULL,
    actor            VARCHAR(64) NOT NULL,
    at               BIGINT NOT NULL,
    details          MEDIUMTEXT NOT NULL,
    recorded_at      BIGINT NOT NULL,
    CONSTRAINT ${prefix}complaint_events_pk PRIMARY KEY (property_id, complaint_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE ${prefix}outbox (
    seq               BIGINT NOT NULL AUTO_INCREMENT,
    property_id       VARCHAR(64) NOT NULL,
    dedup_key         VARCHAR(200) NOT NULL,
    recipient_kind    VARCHAR(16) NOT NULL,
    recipient_id      VARCHAR(64) NOT NULL,
    recipient_address VARCHAR(320),
    channel           VARCHAR(16) NOT NULL,
    template          VARCHAR(100) NOT NULL,
    payload           MEDIUMTEXT NOT NULL,
    urgent            BOOLEAN NOT NULL,
    created_at        BIGINT NOT NULL,
    state             VARCHAR(16) NOT NULL,
    attempts          INTEGER NOT NULL,
    next_attempt_at   BIGINT NOT NULL,
    due_at            BIGINT,
    lease_owner       VARCHAR(100),
    lease_token       VARCHAR(100),
    lease_until       BIGINT,
    last_error        TEXT,
    delivered_at      BIGINT,
    enqueued_at       BIGINT NOT NULL,
    CONSTRAINT ${prefix}outbox_pk PRIMARY KEY (seq),
    CONSTRAINT ${prefix}outbox_dedup_uq UNIQUE (property_id, dedup_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};
CREATE INDEX ${prefix}outbox_due_ix ON ${prefix}outbox (property_id, due_at, seq);
CREATE INDEX ${prefix}outbox_state_ix ON ${prefix}outbox (property_id, state);
