-- People who may log in. Passwords are PBKDF2 hashes in Jakarta Security's format
-- (algorithm:iterations:salt:hash); never plain text, and never in an event.

CREATE TABLE desk_user (
    username      VARCHAR(64)              NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200)             NOT NULL,
    password_hash VARCHAR(512)             NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE desk_user_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (username) REFERENCES desk_user (username)
);
