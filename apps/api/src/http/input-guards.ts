/** Text that reaches a database query as a value: PostgreSQL refuses NUL, so it is refused here as bad input. */
export const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
