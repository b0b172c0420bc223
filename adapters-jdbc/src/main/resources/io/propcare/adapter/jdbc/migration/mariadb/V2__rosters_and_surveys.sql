-- Propcare JDBC adapter, schema version 2 (MariaDB 10.6+ / MySQL 8): duty rosters and surveys.
-- Dates are BIGINT epoch days; tables are utf8mb4 with a binary, no-pad collation.
CREATE TABLE ${prefix}rosters (
    property_id      VARCHAR(64) NOT NULL,
    roster_id        VARCHAR(64) NOT NULL,
    period_start     BIGINT NOT NULL,
    period_end       BIGINT NOT NULL,
    status           VARCHAR(16) NOT NULL,
    version          BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    CONSTRAINT ${prefix}rosters_pk PRIMARY KEY (property_id, roster_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};
CREATE INDEX ${prefix}rosters_period_ix ON ${prefix}rosters (property_id, period_start, period_end);

CREATE TABLE ${prefix}roster_assignments (
    property_id      VARCHAR(64) NOT NULL,
    roster_id        VARCHAR(64) NOT NULL,
    item_no          INTEGER NOT NULL,
    staff_id         VARCHAR(64) NOT NULL,
    work_day         BIGINT NOT NULL,
    shift_id         VARCHAR(16) NOT NULL,
    pinned           BOOLEAN NOT NULL,
    CONSTRAINT ${prefix}roster_assignments_pk PRIMARY KEY (property_id, roster_id, item_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE ${prefix}questionnaires (
    property_id      VARCHAR(64) NOT NULL,
    questionnaire_id VARCHAR(64) NOT NULL,
    items            MEDIUMTEXT NOT NULL,
    CONSTRAINT ${prefix}questionnaires_pk PRIMARY KEY (property_id, questionnaire_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE ${prefix}survey_rounds (
    property_id      VARCHAR(64) NOT NULL,
    round_id         VARCHAR(64) NOT NULL,
    period           VARCHAR(16) NOT NULL,
    occupied_units   INTEGER NOT NULL,
    issued           INTEGER NOT NULL,
    questionnaire_id VARCHAR(64) NOT NULL,
    CONSTRAINT ${prefix}survey_rounds_pk PRIMARY KEY (property_id, round_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE ${prefix}survey_responses (
    property_id      VARCHAR(64) NOT NULL,
    round_id         VARCHAR(64) NOT NULL,
    response_id      VARCHAR(64) NOT NULL,
    unit             VARCHAR(64) NOT NULL,
    building         VARCHAR(64) NOT NULL,
    answers          MEDIUMTEXT NOT NULL,
    attributes       MEDIUMTEXT NOT NULL,
    CONSTRAINT ${prefix}survey_responses_pk PRIMARY KEY (property_id, round_id, response_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};
