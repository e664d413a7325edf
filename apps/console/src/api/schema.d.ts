/**
 * The API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run console:api-types` after changing the API.
 */

export type paths = {
    "/admin/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Load the State Council’s notice for a year (国务院办公厅关于N年部分节假日安排的通知): from now on the year is official
         * @description Roles: admin. The load is an event (CalendarNoticeLoaded on the stream calendar-cn, in the audit trail); every process follows it within seconds, without a restart. The notice is validated exactly like the years shipped with the code; loading the notice already in force records nothing. A later load of the same year replaces the earlier one (a corrected notice). A deadline already given (recorded in the event that handed the case or task over) stays the day the unit was told: loading a notice never moves it. Deadlines given after the load, overdue counts and warning timers use the calendar as it now is: every open instance’s timers are reconciled with it (blue, yellow and red warnings move to the official days), and `deadlineProvisional` turns false on deadlines whose days are now all official.
         */
        put: operations["calendarLoad"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every read model: kind, state, checkpoint, lag in events and seconds, last error, rebuild progress
         * @description Roles: admin.
         */
        get: operations["projectionsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One read model’s status
         * @description Roles: admin.
         */
        get: operations["projectionsOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild a read model from the log beside the live one, then swap it in; answers at once, follow progress on GET /admin/projections/:name
         * @description Roles: admin.
         */
        post: operations["projectionsRebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The checkpoints issued, newest first, paged by cursor: the history an auditor keeps
         * @description Roles: auditor, admin.
         */
        get: operations["auditCheckpoints"];
        put?: never;
        /**
         * Seal the log as it stands and sign a checkpoint of it now (beside the regular interval)
         * @description Roles: auditor, admin.
         */
        post: operations["auditIssueCheckpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest signed checkpoint of the sealed log (the Merkle tree over every event): its size, root and signed note
         * @description Roles: auditor, admin.
         */
        get: operations["auditLatestCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The trail, filtered, in log order (writing transaction, then position: never passes over a late commit), paged by cursor
         * @description Roles: auditor, admin.
         */
        get: operations["auditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered trail as CSV or JSON Lines (one record per event with its leaf index, transaction, content digest, chain hash and time in µs), streamed; unfiltered, it is what `verify-export` checks against a checkpoint without the database
         * @description Roles: auditor, admin.
         */
        get: operations["auditExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RFC 9162 consistency proof that the tree of `from` leaves is a prefix of the tree of `to` leaves
         * @description Roles: auditor, admin.
         */
        get: operations["auditConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RFC 9162 inclusion proof of the event at `position` in the tree of `treeSize` leaves
         * @description Roles: auditor, admin.
         */
        get: operations["auditInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One stream’s whole history
         * @description Roles: auditor, admin.
         */
        get: operations["auditStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recomputes every content digest and hash chain over a range of the log, naming the first broken position; for the whole log also recomputes the sealed tree against the latest checkpoint, naming the first divergent leaf
         * @description Roles: auditor, admin.
         */
        get: operations["auditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password; returns a bearer token
         * @description Anyone, no token needed. Limited per client address (LOGIN_RATE_LIMIT_PER_MINUTE attempts a minute) and per account: after LOGIN_FAILURES_PER_ACCOUNT failed attempts at one username, from any addresses, within LOGIN_FAILURE_WINDOW_SECONDS of the first, the username is refused until that window ends, whatever the password. A successful sign-in clears the count. Both limits answer 429 with Retry-After (seconds).
         */
        post: operations["authLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改密码: set your own password, proving who you are with the one you have
         * @description Anyone, no token needed. Needs no token: an account whose password an admin set (PASSWORD_CHANGE_REQUIRED at sign-in) gets none until its owner has set their own. Limited like sign-in: per client address and per account (failed attempts count). Every session of the account ends.
         */
        post: operations["usersChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The years of the working-day calendar: official ones with their notice, provisional ones with the statute they are computed from
         * @description Any signed-in user. Provisional years are listed from this year on (and any between official ones). A deadline already given (recorded in the event that handed the case or task over) stays the day the unit was told: loading a notice never moves it. Deadlines given after the load, overdue counts and warning timers use the calendar as it now is: every open instance’s timers are reconciled with it (blue, yellow and red warnings move to the official days), and `deadlineProvisional` turns false on deadlines whose days are now all official.
         */
        get: operations["calendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One year of the working-day calendar, with its days off
         * @description Any signed-in user.
         */
        get: operations["calendarYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case board: filters unit (subtree), accountable unit, status, warning colour, overdue; officials see only their own subtree
         * @description Any signed-in user. Each case names every unit accountable for it now (accountableUnitIds): a red escalation makes the unit above accountable too, beside the responsible unit.
         */
        get: operations["casesBoard"];
        put?: never;
        /**
         * 立项: open a case from a task’s finding (its inspector or an admin; one case per finding) or directly (admin)
         * @description Roles: admin, inspector.
         */
        post: operations["casesOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case with its history: each step, when, who took it by name, and what it said
         * @description Any signed-in user. history[].actor names a person by their display name (and id), or the system by what it is (the warning timer, the split and child-closing follow-up); history[].details carries what the step said (reports, reasons, messages, deadlines, children). accountableUnitIds lists every unit accountable now (an escalation adds the unit above, the case’s own unit stays); a child of a split that shares its parent’s description shows it resolved, descriptionFromCaseId naming the case it belongs to.
         */
        get: operations["casesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/approve-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 延期 approved (admin): the warnings come down; a repeated extension is itself a red warning
         * @description Roles: admin.
         */
        post: operations["casesApproveExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 交办: hand the case to its unit; the deadline starts counting
         * @description Roles: admin, inspector.
         */
        post: operations["casesAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responsibility chain: every level from the case’s unit up to the city, the current holder, escalation, warnings, children
         * @description Any signed-in user.
         */
        get: operations["casesChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/deny-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 延期 denied (admin), with the reason
         * @description Roles: admin.
         */
        post: operations["casesDenyExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理: report progress (the first report starts the handling)
         * @description Roles: official.
         */
        post: operations["casesProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复核 failed: back to 办理 with the reason
         * @description Roles: admin, inspector.
         */
        post: operations["casesReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 延期 requested by the responsible unit: a new deadline in working days from approval
         * @description Roles: official.
         */
        post: operations["casesRequestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签收: the responsible unit (or one above it) acknowledges the case
         * @description Roles: official.
         */
        post: operations["casesSign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 逐级传导压力: pass parts of the case to units below it as child cases, opened and handed over at once; a child given no description shares its parent’s (descriptionFromCaseId)
         * @description Roles: official, admin.
         */
        post: operations["casesSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 反馈: submit the completion report for 复核
         * @description Roles: official.
         */
        post: operations["casesSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 催办: a recorded reminder to the responsible unit
         * @description Roles: admin, inspector.
         */
        post: operations["casesUrge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复核 passed: the case is closed (办结) and its warnings come down (摘牌)
         * @description Roles: admin, inspector.
         */
        post: operations["casesVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/counties/{id}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A county’s rank and score across the published rounds of one kind, in publish order
         * @description Any signed-in user. Each point is the round’s publication in force at asOf (now when absent), as GET /rounds/{id}/ranking gives it.
         */
        get: operations["rankingCountyTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duty-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit’s duty review: the report, the panel’s ratings, the grade they make now and the one published
         * @description Any signed-in user.
         */
        get: operations["dutyReviewsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duty-reviews/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评议: a panel member rates the report (好, 较好, 一般, 差) with a comment; rating again replaces theirs
         * @description Roles: inspector.
         */
        post: operations["dutyReviewsRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duty-reviews/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 述职: the unit’s secretary (or an admin) submits the duty report, with evidence; replaced until the first rating
         * @description Roles: admin, official.
         */
        post: operations["dutyReviewsReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a file in as evidence (the body is the file’s bytes); the answer names it by SHA-256 for a step to attach
         * @description Roles: official, inspector, admin.
         */
        post: operations["evidenceUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An evidence file, for those who may read a step that attaches it (or who put it in)
         * @description Any signed-in user.
         */
        get: operations["evidenceRead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the process is up, not shutting down, and the database answers (else 503); degraded, naming the reader and its lag, while a projector or process manager is behind its bound; the calendar entry warns when its notices run out soon
         * @description Anyone, no token needed.
         */
        get: operations["healthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process serves requests (the database is not asked)
         * @description Anyone, no token needed.
         */
        get: operations["healthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/indicators/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The roll-up of a unit’s villages for a period, in whole and per unit directly below it (the 大屏’s figures); as known at asOf
         * @description Any signed-in user. Grade distribution and 先锋示范村 share, villages at the 三年强村 targets, pairings, 第一书记 coverage, grids.
         */
        get: operations["villageIndicatorsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/indicators/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit’s villages rolled up per period reported, in period order; as known at asOf
         * @description Any signed-in user.
         */
        get: operations["villageIndicatorsTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: process metrics, HTTP requests by method, route and status, read models and process managers, events appended, commands refused, timers, open cases by warning, the connection pool
         * @description Anyone, no token needed.
         */
        get: operations["metricsScrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every notification with its delivery status, newest first (admin, auditor)
         * @description Roles: admin, auditor.
         */
        get: operations["notificationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery that was given up again, from a fresh count of attempts (admin)
         * @description Roles: admin.
         */
        post: operations["notificationsRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications, newest first, with the unread count
         * @description Any signed-in user.
         */
        get: operations["notificationsInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my notifications read (again: no change)
         * @description Any signed-in user.
         */
        post: operations["notificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my notifications read
         * @description Any signed-in user.
         */
        post: operations["notificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org tree from the city down, with responsible people
         * @description Any signed-in user.
         */
        get: operations["orgUnitsTree"];
        put?: never;
        /**
         * Register a unit under an existing parent, or the city without one (admin)
         * @description Roles: admin.
         */
        post: operations["orgUnitsRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit, with its chain up to the city and the people responsible at each level
         * @description Any signed-in user.
         */
        get: operations["orgUnitsUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 三张清单 of a unit: responsibilities (the unit and the units below it with their people), open problems by severity and warning, tasks by status; counts rolled up the subtree
         * @description Any signed-in user.
         */
        get: operations["orgUnitsLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org-units/{id}/responsible-people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a unit its secretary, deputy, liaison or (a grid) grid worker; replaces the current holder (admin)
         * @description Roles: admin.
         */
        post: operations["orgUnitsAssignPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 书记领办项目 board; officials see only the projects of their own subtree
         * @description Any signed-in user.
         */
        get: operations["projectsBoard"];
        put?: never;
        /**
         * 立项: launch a project led by the unit’s secretary (第一责任人), with its milestones (admin, or an official of the unit or above)
         * @description Roles: admin, official. Each milestone is numbered m1, m2… in the order given and warns 蓝/黄/红牌 on the cases’ thresholds as its due day nears and passes.
         */
        post: operations["projectsLaunch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One project: milestones with their warnings, progress, who led it when, the evaluation, and its responsibility chain
         * @description Any signed-in user.
         */
        get: operations["projectsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 年终评价: grade the project at the year’s end (好/较好/一般/差); it takes nothing more after
         * @description Roles: admin, inspector.
         */
        post: operations["projectsEvaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 交接: the unit’s secretary now takes the project over (done at once when the secretary is changed through the org tree)
         * @description Roles: admin, official.
         */
        post: operations["projectsHandOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/milestones/{milestoneId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 节点完成: a milestone reached (late or not); its warnings come down
         * @description Roles: admin, official.
         */
        post: operations["projectsComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 推进: report progress on the project or one milestone, with evidence
         * @description Roles: admin, official.
         */
        post: operations["projectsProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rounds, a page at a time, each with its progress (tasks by status)
         * @description Any signed-in user.
         */
        get: operations["roundsList"];
        put?: never;
        /**
         * Plan a round (深调研, 走看赛, 大督查, 一季一主题, or 述职评议考核 with its panel instead of a rubric) with its scoring policy (admin)
         * @description Roles: admin.
         */
        post: operations["roundsPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One round with its rubric, policy, status and progress (tasks by status)
         * @description Any signed-in user.
         */
        get: operations["roundsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a published round: published → archived (admin)
         * @description Roles: admin.
         */
        post: operations["roundsArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/close-scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close scoring of an active round: active → scoring-closed (admin)
         * @description Roles: admin.
         */
        post: operations["roundsCloseScoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/duty-review-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A duty-review round’s results (grade and distribution per unit, follow-up list), optionally as of a past instant
         * @description Any signed-in user. Once the round was published by the instant asked about, the results its RoundPublished event froze; before, the provisional results the ratings given by then make (each panel member’s latest), by the same rules. Officials see their subtree’s units only.
         */
        get: operations["dutyReviewsResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/duty-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units of a duty-review round with their report status, ratings count, and once published their grade and follow-up mark
         * @description Any signed-in user.
         */
        get: operations["dutyReviewsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the results: scoring-closed → published (admin)
         * @description Roles: admin. For a round that ranks counties (walk-see-compete, quarterly-theme), the RoundPublished event records the county ranking as it stands over everything committed before the request: that is what GET /rounds/:id/ranking answers from then on, until POST /rounds/:id/republish. A retry with the same Idempotency-Key answers with the first publication.
         */
        post: operations["roundsPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 区县比看: the county ranking of a scored round as published (or live before publication), optionally as of a past instant
         * @description Any signed-in user. Rank, score (0–100, after red-card deductions), movement against the previous published round of the same kind (its publication in force), gap to the leader, method version and inputs hash. A red-card case counts once against its county when a red warning went up on it within the round’s window and by asOf. Once the round is published, the answer is its publication in force at asOf (now when absent): the figures recorded when it was published, whatever facts arrive later (a red card raised inside the window after publication, say), until an admin republishes (POST /rounds/{id}/republish, with a reason: a new version in `publication`). `changedSincePublication` tells whether the live computation has moved on since. Before publication, and as of an instant before it, the answer is the live computation from the facts as of then. A live computation reads the county-ranking read model, which an async projector keeps: a score recorded a moment ago may not be in it yet (the projector’s lag is on GET /admin/projections/county-ranking). A publication carries its own figures. Inputs hash (method version v2): the SHA-256, in lowercase hex, of the UTF-8 text of one JSON object written in RFC 8785 canonical form (JCS: object keys sorted by UTF-16 code units at every level, no whitespace, numbers in their shortest form as JavaScript’s JSON.stringify writes them). Its members: `counties`: the round’s scopeCountyIds (GET /rounds/{id}), sorted; `methodVersion`: this answer’s methodVersion, e.g. "county-ranking/v2/mean"; `perRedCase`: the round’s scoringPolicy.deductions.perRedCase, 0 when absent; `previous`: null when previousRoundId is null, else {"ranks": {countyId: previousRank, for each entry whose previousRank is not null}, "roundId": previousRoundId}; `redCases`: {countyId: redCases, for each entry}; `rubric`: the round’s rubric.items as {"code", "maxScore", "weight"}, sorted by code; `sheets`: from GET /tasks?round={id} (every page, read by a user who sees every task: any role but official), for each task whose targetCountyId is in the scope, one sheet per inspector in its `scores`: {"countyId": targetCountyId, "inspectorId", "scores": [{"itemCode", "score"}] sorted by itemCode, "taskId"}, sorted by countyId, then taskId, then inspectorId. Strings sort by UTF-16 code units (JavaScript’s default sort). The tasks show their current scores, which no longer change once scoring is closed: they are the sheets of a published ranking; a live ranking as of a past instant rests on the scores recorded by then.
         */
        get: operations["rankingRoundRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/ranking/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live computation of a scored round’s ranking from the facts, also after publication (admin)
         * @description Roles: admin. What a republication would publish now (or as of asOf): the same answer as GET /rounds/{id}/ranking before publication; after it, basis is "live" and publication names the version in force. A live computation reads the county-ranking read model, which an async projector keeps: a score recorded a moment ago may not be in it yet (the projector’s lag is on GET /admin/projections/county-ranking). A publication carries its own figures.
         */
        get: operations["rankingLiveRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/republish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Republish a published round’s ranking, for a reason (admin)
         * @description Roles: admin. Records the live ranking over everything committed before the request as the next version of the published ranking (RoundRankingRepublished, with the reason and who did it). GET /rounds/{id}/ranking answers with it from then on; as of an instant before, with the version in force then. The answer’s state.publication carries the new version, when, by whom and why. Archived rankings are final.
         */
        post: operations["roundsRepublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a planned round: planned → active (admin)
         * @description Roles: admin.
         */
        post: operations["roundsStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a task: one round × target unit, inspectors, a deadline in working days (admin)
         * @description Roles: admin. A round has one task per target unit: the task id is derived from the round and the unit, so of two assignments of one unit (even concurrent ones) one is taken and the other answered 409 UNIT_ALREADY_HAS_TASK, whose details.taskId names the task. A retry with the same Idempotency-Key gets the first answer.
         */
        post: operations["tasksAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Task board; officials see only tasks in their own subtree
         * @description Any signed-in user.
         */
        get: operations["tasksBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One task with its scores and findings
         * @description Any signed-in user.
         */
        get: operations["tasksGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a submitted task (admin)
         * @description Roles: admin.
         */
        post: operations["tasksClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a finding at the target unit or a unit below it, while the round is active
         * @description Roles: inspector.
         */
        post: operations["tasksFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open an assigned task (its inspector or an admin) while its round is active
         * @description Roles: admin, inspector.
         */
        post: operations["tasksOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a submitted or closed task, with a reason (admin), while its round is active
         * @description Roles: admin.
         */
        post: operations["tasksReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the acting inspector’s own scores per rubric item (0..maxScore)
         * @description Roles: inspector.
         */
        post: operations["tasksScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the task (an assigned inspector); also taken after the round’s scoring closed
         * @description Roles: inspector.
         */
        post: operations["tasksSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user accounts by username, optionally only those holding a role (admin)
         * @description Roles: admin.
         */
        get: operations["usersList"];
        put?: never;
        /**
         * 开通账号: open an account with a first password its owner changes at first sign-in (admin)
         * @description Roles: admin.
         */
        post: operations["usersOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account, its stream version as the ETag (admin)
         * @description Roles: admin.
         */
        get: operations["usersGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable the account with a reason: it cannot sign in and its sessions end at once (admin; never your own)
         * @description Roles: admin.
         */
        post: operations["usersDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account (admin)
         * @description Roles: admin.
         */
        post: operations["usersEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the account’s display name (admin)
         * @description Roles: admin.
         */
        post: operations["usersRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password its owner must change at next sign-in; its sessions end (admin)
         * @description Roles: admin.
         */
        post: operations["usersResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the account’s roles; its sessions end (admin; never your own admin role)
         * @description Roles: admin.
         */
        post: operations["usersRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put the account under another unit (its home county follows); its sessions end (admin)
         * @description Roles: admin.
         */
        post: operations["usersUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forget the account’s failed sign-ins, lifting ACCOUNT_RATE_LIMITED at once (admin)
         * @description Roles: admin.
         */
        post: operations["usersUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/villages/{unitId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A village’s reports, latest period first, each with the revisions it replaced; as known at asOf
         * @description Any signed-in user.
         */
        get: operations["villageIndicatorsVillage"];
        put?: never;
        /**
         * Report a village’s indicators for a period (admin, or an official of a unit above the village)
         * @description Roles: admin, official. A period is reported once; a second report of it is 409 INDICATOR_PERIOD_ALREADY_REPORTED (correct it instead).
         */
        post: operations["villageIndicatorsReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/villages/{unitId}/indicators/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a reported period of a village, with a reason: the next revision replaces it (the earlier stays readable as of before)
         * @description Roles: admin, official.
         */
        post: operations["villageIndicatorsCorrect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AccountCommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            id: string;
            /** @description true when the command had already been handled and nothing was appended now (a retry whose first answer was never recorded). A retry answered from the Idempotency-Key store repeats the first body exactly and carries the header `Idempotent-Replayed: true` instead */
            replayed: boolean;
            /** @description the account after the command */
            state: components["schemas"]["UserResponse"];
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        AccountNameRequest: {
            /** @example 李明 */
            displayName: string;
        };
        AccountRolesRequest: {
            /**
             * @example [
             *       "official",
             *       "inspector"
             *     ]
             */
            roles: ("admin" | "inspector" | "official" | "auditor" | "viewer")[];
        };
        AccountUnitRequest: {
            /**
             * @description the unit; absent: no unit (admins, auditors, viewers only)
             * @example deqing
             */
            orgUnitId?: string;
        };
        AppendedEventView: {
            id: string;
            position: number;
            type: string;
            version: number;
        };
        AssignResponsiblePersonRequest: {
            /** @description when the term starts (ISO instant) */
            from: string;
            /** @example 陈书记 */
            name: string;
            personId: string;
            /** @enum {string} */
            role: "secretary" | "deputy" | "liaison" | "grid-worker";
        };
        AssignTaskRequest: {
            /** @example 5 */
            dueWorkingDays: number;
            /**
             * @example [
             *       "inspector.wuxing"
             *     ]
             */
            inspectorIds: string[];
            /** @example anji */
            targetUnitId: string;
        };
        AttachmentRequest: {
            /**
             * @description the file’s name as people should see it (no path)
             * @example 整改后现场照片.jpg
             */
            name: string;
            /**
             * @description the SHA-256 POST /evidence answered, 64 lowercase hex digits
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
        };
        AttachmentResponse: {
            /** @example image/jpeg */
            contentType: string;
            name: string;
            /** @description SHA-256 of the file, lowercase hex: GET /evidence/{sha256} reads it */
            sha256: string;
            /** @description bytes */
            size: number;
        };
        AuditEventResponse: {
            /** @description the display name of metadata.actorId; null for the system or a user no longer in the directory */
            actorName: string | null;
            /** @description what the event says */
            data: {
                [key: string]: unknown;
            };
            /** @description the stream’s hash chain after this event, lowercase hex (SHA-256) */
            hash: string;
            id: string;
            /** @description its leaf in the sealed tree, from 0 (what GET /audit/proofs/inclusion names); null until the sealer reaches it */
            leafIndex: number | null;
            /** @description who (actorId), for which unit (orgUnitId), by which command */
            metadata: {
                [key: string]: unknown;
            };
            /** @description global position in the log */
            position: number;
            recordedAt: string;
            schemaVersion: number;
            streamId: string;
            /** @description the writing transaction (with position, the trail’s order) */
            transactionId: string;
            /** @example CaseSigned */
            type: string;
            version: number;
        };
        AuditEventsPageResponse: {
            items: components["schemas"]["AuditEventResponse"][];
            /** @description null once the page reached the end of the trail as it stands */
            nextCursor: string | null;
        };
        BrokenLinkResponse: {
            position: number;
            /**
             * @description the content changed, the chain does not follow, or an event before it is missing
             * @enum {string}
             */
            reason: "content" | "chain" | "missing-predecessor";
            streamId: string;
            version: number;
        };
        CalendarLoadResponse: {
            /** @description CalendarNoticeLoaded, or nothing when the same notice was in force already */
            events: components["schemas"]["AppendedEventView"][];
            /** @example 2027 */
            id: string;
            /** @description true when this Idempotency-Key was seen before and nothing was appended */
            replayed: boolean;
            /** @description the year as the calendar now has it */
            state: components["schemas"]["CalendarYearView"];
            /** @description the calendar stream’s version after the load; also the ETag */
            version: number;
        };
        CalendarNoticeBody: {
            /** @description in date order, each within the year, none overlapping */
            holidays: components["schemas"]["HolidayRangeView"][];
            /** @description Saturdays or Sundays declared working days, each for a listed holiday */
            makeUpWorkdays: components["schemas"]["MakeUpWorkdayView"][];
            notice: components["schemas"]["NoticeView"];
            /**
             * @description must equal the year in the path when given
             * @example 2027
             */
            year?: number;
        };
        CalendarStatus: {
            /** @description days from today to lastOfficialDay; negative once it has passed */
            daysLeft: number | null;
            /**
             * @description the last day of the run of official years from today
             * @example 2026-12-31
             */
            lastOfficialDay: string | null;
            /**
             * @example [
             *       2024,
             *       2025,
             *       2026
             *     ]
             */
            officialYears: number[];
            /**
             * @description warn when fewer than 60 days of official calendar (loaded State Council notices) remain, or none: a warning, never a failure (deadlines are then counted provisionally)
             * @enum {string}
             */
            status: "up" | "warn";
            /** @description what to do, when status is warn */
            warning?: string;
        };
        CalendarYearsView: {
            /** @description days from today to lastOfficialDay (negative once passed) */
            daysLeft: number | null;
            items: components["schemas"]["CalendarYearView"][];
            /**
             * @description the last day of the run of official years from today (see /health)
             * @example 2026-12-31
             */
            lastOfficialDay: string | null;
            /** @description the version of the calendar stream (calendar-cn) the answer reflects */
            version: number;
        };
        CalendarYearView: {
            /**
             * @description official: the State Council notice for the year is loaded (shipped with the code or loaded by an admin). provisional: no notice is loaded; the days off are the statutory holidays of 《全国年节及纪念日放假办法》 with a day in lieu (补假) for each statutory day on a weekend or shared with another holiday, and there are no make-up workdays (调休), which no one can predict
             * @enum {string}
             */
            basis: "official" | "provisional";
            /** @description the days off of a provisional year (empty for an official year: see holidays) */
            daysOff: components["schemas"]["DayOffView"][];
            /** @description the notice’s holidays (official years) */
            holidays: components["schemas"]["HolidayRangeView"][];
            /** @description when the notice was loaded (a loaded year) */
            loadedAt: string | null;
            /** @description who loaded the notice (a loaded year) */
            loadedBy: string | null;
            /** @description the notice’s make-up workdays (official years; none in a provisional year) */
            makeUpWorkdays: components["schemas"]["MakeUpWorkdayView"][];
            /** @description the notice, for an official year */
            notice: components["schemas"]["NoticeView"] | null;
            /**
             * @description an official year: shipped with the code, or loaded at runtime (an event)
             * @enum {string|null}
             */
            source: "built-in" | "loaded" | null;
            /**
             * @description the statute revision a provisional year is computed from
             * @example 国务院令第795号（2024年11月10日）
             */
            statute: string | null;
            /** @description working days in the year (1 January to 31 December) */
            workingDays: number;
            /** @example 2027 */
            year: number;
        };
        CaseBoardPageResponse: {
            items: components["schemas"]["CaseViewResponse"][];
            /** @description pass back as cursor for the next page; null: no more */
            nextCursor: string | null;
        };
        CaseChildResponse: {
            caseId: string;
            closed: boolean;
            title: string;
            unitId: string;
        };
        CaseCommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            /** @description the case’s id */
            id: string;
            /** @description true when the command had already been handled and nothing was appended now */
            replayed: boolean;
            /** @description the case after the command */
            state: components["schemas"]["CaseViewResponse"];
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        CaseDeadlineResponse: {
            /** @description the last moment of dueOn in China, as an instant */
            deadlineAt: string;
            /**
             * @description the last working day (Asia/Shanghai)
             * @example 2026-03-16
             */
            dueOn: string;
        };
        CaseFindingSource: {
            findingId: string;
            taskId: string;
        };
        CaseHistoryActor: {
            /** @description the user id; `system` for the system */
            id: string;
            /**
             * @description a person, or which part of the system
             * @enum {string}
             */
            kind: "user" | "warning-timer" | "case-lineage" | "system";
            /** @description the display name; null for a user no longer in the directory */
            name: string | null;
        };
        CaseHistoryEntry: {
            actor: components["schemas"]["CaseHistoryActor"];
            actorId: string | null;
            /**
             * @description what the step said: the report of a progress report or completion (with its `attachments`, each {sha256, name, contentType, size}: read them at GET /evidence/{sha256}), the reason of a rejection, an extension request or denial, the message of an urge, the new deadline and comment of an approved extension, the children of a split (a child without description shares its parent’s), the colour of a warning, the units of an escalation
             * @example {
             *       "reason": "整改材料不全",
             *       "rejectionNumber": 1
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /** @description when the log recorded the step */
            recordedAt: string;
            /** @example CaseRejected */
            type: string;
            version: number;
        };
        CasePageResponse: {
            /** @description every unit accountable now: the responsible unit first, then each unit the case escalated to */
            accountableUnitIds: string[];
            /** @description the warnings up now (蓝牌, 黄牌, 红牌), in colour order */
            activeWarnings: ("blue" | "yellow" | "red")[];
            approvedExtensions: number;
            assignedAt?: string;
            caseId: string;
            /** @description the children of its splits (逐级传导) */
            children: components["schemas"]["CaseChildResponse"][];
            closedAt?: string;
            /** @description from 交办 on */
            deadline?: components["schemas"]["CaseDeadlineResponse"];
            deadlineProvisional: boolean;
            /** @description the case’s own description, or its parent’s when it shares it (descriptionFromCaseId) */
            description: string | null;
            /** @description the case whose description this is, when a split child shares its parent’s; null for its own */
            descriptionFromCaseId: string | null;
            /** @description working days the unit gets, counted from 交办 */
            dueWorkingDays: number;
            /** @description how far up unitChain the case has escalated; 0 at the responsible unit */
            escalationLevel: number;
            /** @description every step of the case, oldest first */
            history: components["schemas"]["CaseHistoryEntry"][];
            openedAt: string;
            /** @description working days past the deadline today (0 when not overdue) */
            overdueWorkingDays: number;
            parentCaseId: string | null;
            pendingExtension: components["schemas"]["PendingExtensionResponse"] | null;
            progressReports: number;
            rejections: number;
            responsibleUnitId: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            signedAt?: string;
            source: components["schemas"]["CaseSourceResponse"];
            /**
             * @description 立项 registered, 交办 assigned, 签收 signed, 办理 in-progress, 反馈 submitted, 办结 closed
             * @enum {string}
             */
            status: "registered" | "assigned" | "signed" | "in-progress" | "submitted" | "closed";
            /** @description while submitted or closed */
            submittedAt?: string;
            title: string;
            /** @description the responsible unit, then each unit above it up to the city */
            unitChain: string[];
            urges: number;
        };
        CaseSourceResponse: {
            /** @description finding only */
            findingId?: string;
            /**
             * @description from a task’s finding (立项 from 督查发现) or opened directly by an admin
             * @enum {string}
             */
            kind: "finding" | "direct";
            /** @description finding only */
            roundId?: string;
            /** @description finding only */
            taskId?: string;
        };
        CaseViewResponse: {
            /** @description every unit accountable now: the responsible unit first, then each unit the case escalated to */
            accountableUnitIds: string[];
            /** @description the warnings up now (蓝牌, 黄牌, 红牌), in colour order */
            activeWarnings: ("blue" | "yellow" | "red")[];
            approvedExtensions: number;
            assignedAt?: string;
            caseId: string;
            /** @description the children of its splits (逐级传导) */
            children: components["schemas"]["CaseChildResponse"][];
            closedAt?: string;
            /** @description from 交办 on */
            deadline?: components["schemas"]["CaseDeadlineResponse"];
            deadlineProvisional: boolean;
            /** @description the case’s own description, or its parent’s when it shares it (descriptionFromCaseId) */
            description: string | null;
            /** @description the case whose description this is, when a split child shares its parent’s; null for its own */
            descriptionFromCaseId: string | null;
            /** @description working days the unit gets, counted from 交办 */
            dueWorkingDays: number;
            /** @description how far up unitChain the case has escalated; 0 at the responsible unit */
            escalationLevel: number;
            openedAt: string;
            /** @description working days past the deadline today (0 when not overdue) */
            overdueWorkingDays: number;
            parentCaseId: string | null;
            pendingExtension: components["schemas"]["PendingExtensionResponse"] | null;
            progressReports: number;
            rejections: number;
            responsibleUnitId: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            signedAt?: string;
            source: components["schemas"]["CaseSourceResponse"];
            /**
             * @description 立项 registered, 交办 assigned, 签收 signed, 办理 in-progress, 反馈 submitted, 办结 closed
             * @enum {string}
             */
            status: "registered" | "assigned" | "signed" | "in-progress" | "submitted" | "closed";
            /** @description while submitted or closed */
            submittedAt?: string;
            title: string;
            /** @description the responsible unit, then each unit above it up to the city */
            unitChain: string[];
            urges: number;
        };
        ChainChildResponse: {
            activeWarnings: ("blue" | "yellow" | "red")[];
            caseId: string;
            /** @enum {string} */
            status: "registered" | "assigned" | "signed" | "in-progress" | "submitted" | "closed" | "unopened";
            title: string;
            unitId: string;
        };
        ChainLevelResponse: {
            /** @description accountable now: the responsible unit, and each unit the case escalated to */
            accountable: boolean;
            /** @example county */
            kind: string | null;
            /** @description 0 at the responsible unit, counting up */
            level: number;
            name: string | null;
            /** @description the people in the unit’s roles (第一责任人 lead, 分管责任人 deputy, 具体责任人 contact, …) by role */
            responsible: {
                [key: string]: components["schemas"]["TermResponse"];
            };
            unitId: string;
        };
        ChainStepLevelResponse: {
            level: number;
            /** @description the people in the unit’s roles (第一责任人 lead, 分管责任人 deputy, 具体责任人 contact, …) by role */
            responsible: {
                [key: string]: components["schemas"]["TermResponse"];
            };
            unitId: string;
        };
        ChainStepResponse: {
            accountableUnitId: string | null;
            accountableUnitIds: string[];
            actorId: string | null;
            at: string | null;
            escalationLevel: number;
            /** @description the people in office at every level at that step */
            levels: components["schemas"]["ChainStepLevelResponse"][];
            type: string;
            version: number;
        };
        ChangeOwnPasswordRequest: {
            /** @description the password you have (the one an admin gave you, or your own) */
            currentPassword: string;
            /** @description 10+ characters, not your username, not a common one, not the current one */
            newPassword: string;
            /** @example li.ming */
            username: string;
        };
        CheckpointResponse: {
            position: number;
            /** @description a PostgreSQL xid8, as decimal text */
            transactionId: string;
        };
        ChildCaseRequest: {
            /** @description the child’s own description; absent, the child shares its parent’s (shown resolved, never copied into its events) */
            description?: string;
            /** @example 5 */
            dueWorkingDays: number;
            title: string;
            /** @example anji-tianhuangping */
            unitId: string;
        };
        CommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            id: string;
            /** @description true when the command had already been handled and nothing was appended now (a retry whose first answer was never recorded). A retry answered from the Idempotency-Key store repeats the first body exactly and carries the header `Idempotent-Replayed: true` instead */
            replayed: boolean;
            /** @description the resource state after the command */
            state: Record<string, never>;
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        CommentRequest: {
            comment?: string;
        };
        CompleteMilestoneRequest: {
            /** @description evidence put in before with POST /evidence (at most 10 files), recorded by hash in the event */
            attachments?: components["schemas"]["AttachmentRequest"][];
            /** @example 选址完成并经村民代表大会通过 */
            report: string;
        };
        ConsistencyProofResponse: {
            from: number;
            fromRoot: string;
            /** @description the RFC 9162 consistency proof, standard base64 */
            proof: string[];
            to: number;
            toRoot: string;
        };
        CorrectVillageIndicatorsRequest: {
            /**
             * @description the village’s 第一书记; absent when it has none
             * @example 胡第一书记
             */
            firstSecretary?: string;
            /**
             * @description 百村示范、千村晋位: 先锋示范村 (pioneer), 先进村, 合格村, 后进村
             * @enum {string}
             */
            grade: "pioneer" | "advanced" | "qualified" | "backward";
            /**
             * @description the village’s 全科网格
             * @example 2
             */
            gridCount: number;
            /**
             * @description 村级集体经营性收入 for the year, whole 元
             * @example 520000
             */
            operatingIncome: number;
            /**
             * @description 千企结千村: the enterprises paired with the village
             * @example [
             *       "安吉示例竹业有限公司"
             *     ]
             */
            pairedEnterprises: string[];
            /**
             * @description a year, or a quarter of it (2026-Q3)
             * @example 2026
             */
            period: string;
            /** @description 省定薄弱村: the province lists the village as weak */
            provinciallyWeak: boolean;
            /** @example 经营性收入口径调整 */
            reason: string;
            /**
             * @description 村级集体总收入 for the year, whole 元; no less than the operating income
             * @example 1200000
             */
            totalIncome: number;
        };
        CountyNameResponse: {
            /** @example anji */
            countyId: string;
            /** @example 安吉县 */
            countyName: string | null;
        };
        CountyTrendResponse: {
            asOf: string | null;
            countyId: string;
            countyName: string | null;
            /** @enum {string} */
            kind: "deep-research" | "walk-see-compete" | "major-inspection" | "quarterly-theme" | "duty-review";
            /** @description the published rounds of the kind, in publish order, each as published (the version in force at asOf) */
            points: components["schemas"]["TrendPointResponse"][];
        };
        DatabaseStatus: {
            /** @enum {string} */
            mode: "server" | "embedded";
            /** @enum {string} */
            status: "up";
        };
        DayOffView: {
            /** @example 2027-10-04 */
            date: string;
            /** @example 国庆节 */
            holiday: string;
            /**
             * @description a statutory day, or a day in lieu (补假) of one on a weekend or shared with another holiday
             * @enum {string}
             */
            kind: "statutory" | "in-lieu";
        };
        DeductionsRequest: {
            /** @description points taken off per red-card case of the county */
            perRedCase?: number;
        };
        DeductionsResponse: {
            /** @description points off a county’s score per red-card case in the window */
            perRedCase?: number;
        };
        DisableAccountRequest: {
            /** @example 调离岗位 */
            reason: string;
        };
        DivergentLeafResponse: {
            /** @description the first leaf where the log recomputed parts from the sealed tree */
            leafIndex: number;
            /** @description the position of the event the log now has at that place; null when the log ends before it */
            position: number | null;
            /** @description the position of the event sealed there, as the sealed log’s index records it */
            sealedPosition: number | null;
        };
        DivergentRangeResponse: {
            fromLeaf: number;
            toLeaf: number;
        };
        DutyEvidenceResponse: {
            contentType: string;
            name: string;
            sha256: string;
            size: number;
        };
        DutyPanelMemberResponse: {
            name: string | null;
            userId: string;
        };
        DutyRatingDistributionResponse: {
            /** @description 一般 */
            average: number;
            /** @description 较好 */
            "fairly-good": number;
            /** @description 好 */
            good: number;
            /** @description 差 */
            poor: number;
        };
        DutyRatingResponse: {
            comment: string;
            evaluatorId: string;
            evaluatorName: string | null;
            ratedAt: string;
            /**
             * @description good 好, fairly-good 较好, average 一般, poor 差
             * @enum {string}
             */
            rating: "good" | "fairly-good" | "average" | "poor";
        };
        DutyReportResponse: {
            /** @description read them at GET /evidence/{sha256} */
            attachments: components["schemas"]["DutyEvidenceResponse"][];
            report: string;
            /** @description 1, then 2, 3, … for each replacement before the first rating */
            revision: number;
            secretary: components["schemas"]["DutyReviewSecretaryResponse"] | null;
            submittedAt: string;
            submittedBy: string;
        };
        DutyReviewCommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            id: string;
            /** @description true when the command had already been handled and nothing was appended now (a retry whose first answer was never recorded). A retry answered from the Idempotency-Key store repeats the first body exactly and carries the header `Idempotent-Replayed: true` instead */
            replayed: boolean;
            /** @description the review after the command */
            state: components["schemas"]["DutyReviewStateResponse"];
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        DutyReviewEntryResponse: {
            countyId: string | null;
            /**
             * @description as published: why the unit is listed for follow-up
             * @enum {string|null}
             */
            followUp: "grade-poor" | "poor-share" | null;
            /**
             * @description as published; null before publication or when nobody rated
             * @enum {string|null}
             */
            grade: "good" | "fairly-good" | "average" | "poor" | null;
            /**
             * @description the asker’s own rating, if they gave one
             * @enum {string|null}
             */
            myRating: "good" | "fairly-good" | "average" | "poor" | null;
            /** @description ratings in force, one per panel member who rated */
            ratings: number;
            /** @description <round id>.<unit id> */
            reviewId: string;
            /** @description the unit’s secretary now (第一责任人) */
            secretaryName: string | null;
            /** @enum {string} */
            status: "awaiting-report" | "reported";
            submittedAt: string | null;
            unitId: string;
            unitName: string;
        };
        DutyReviewFollowUpResponse: {
            /**
             * @description grade-poor: graded 差; poor-share: rated 一般 or 差 by at least the round’s share
             * @enum {string}
             */
            reason: "grade-poor" | "poor-share";
            unitId: string;
            unitName: string;
        };
        DutyReviewListResponse: {
            /** @description every unit the round covers that the asker may see (bounded by the org tree: no pages) */
            items: components["schemas"]["DutyReviewEntryResponse"][];
            period: string;
            published: boolean;
            roundId: string;
            settings: components["schemas"]["DutyReviewSettingsViewResponse"];
            /** @enum {string} */
            status: "planned" | "active" | "scoring-closed" | "published" | "archived";
            title: string;
        };
        DutyReviewRatingStateResponse: {
            comment: string;
            evaluatorId: string;
            ratedAt: string;
            /**
             * @description good 好, fairly-good 较好, average 一般, poor 差
             * @enum {string}
             */
            rating: "good" | "fairly-good" | "average" | "poor";
        };
        DutyReviewResultsResponse: {
            /** @description the units listed for follow-up, with why */
            followUp: components["schemas"]["DutyReviewFollowUpResponse"][];
            followUpShare: number;
            /** @description published by the instant asked about: the figures are the frozen ones; otherwise provisional */
            published: boolean;
            publishedAt: string | null;
            roundId: string;
            /**
             * @description the grading rule: the best step more than half the ratings reach or better
             * @example majority-v1
             */
            rule: string;
            units: components["schemas"]["DutyReviewUnitResultResponse"][];
        };
        DutyReviewSecretaryResponse: {
            name: string;
            personId: string;
        };
        DutyReviewSettingsRequest: {
            /**
             * @description a unit rated 一般 or 差 by at least this share of its ratings is listed for follow-up (default 1/3)
             * @example 0.3333
             */
            followUpShare?: number;
            /** @description the panel (评议组): user ids of inspectors; each rates every unit but those of their own county */
            panelIds: string[];
            /**
             * @description whose secretaries report: the counties in scope (default) or their townships
             * @enum {string}
             */
            unitKind?: "county" | "township";
        };
        DutyReviewSettingsResponse: {
            /** @description a unit rated 一般 or 差 by at least this share of its ratings is listed for follow-up */
            followUpShare: number;
            /** @description the panel (评议组): user ids of the inspectors who rate */
            panelIds: string[];
            /**
             * @description whose secretaries report: the counties in scope, or their townships
             * @enum {string}
             */
            unitKind: "county" | "township";
        };
        DutyReviewSettingsViewResponse: {
            followUpShare: number;
            panelIds: string[];
            /** @enum {string} */
            unitKind: "county" | "township";
        };
        DutyReviewStateResponse: {
            attachments: components["schemas"]["DutyEvidenceResponse"][];
            countyId: string | null;
            ratings: components["schemas"]["DutyReviewRatingStateResponse"][];
            report: string;
            reviewId: string;
            revision: number;
            roundId: string;
            secretary: components["schemas"]["DutyReviewSecretaryResponse"] | null;
            /** @enum {string} */
            status: "awaiting-report" | "reported";
            submittedAt: string;
            submittedBy: string;
            unitChain: string[];
            unitId: string;
        };
        DutyReviewUnitResultResponse: {
            distribution: components["schemas"]["DutyRatingDistributionResponse"];
            /**
             * @description grade-poor: graded 差; poor-share: rated 一般 or 差 by at least the round’s share
             * @enum {string|null}
             */
            followUp: "grade-poor" | "poor-share" | null;
            /**
             * @description good 好, fairly-good 较好, average 一般, poor 差
             * @enum {string|null}
             */
            grade: "good" | "fairly-good" | "average" | "poor" | null;
            ratings: number;
            reported: boolean;
            unitId: string;
            unitName: string;
        };
        DutyReviewViewResponse: {
            countyId: string | null;
            distribution: components["schemas"]["DutyRatingDistributionResponse"];
            /**
             * @description whether the ratings now would list the unit for follow-up
             * @enum {string|null}
             */
            followUp: "grade-poor" | "poor-share" | null;
            /**
             * @description the grade the ratings make now (majority rule)
             * @enum {string|null}
             */
            grade: "good" | "fairly-good" | "average" | "poor" | null;
            panel: components["schemas"]["DutyPanelMemberResponse"][];
            /** @description as the round’s publication froze it */
            published: components["schemas"]["PublishedDutyGradeResponse"] | null;
            /** @description the ratings in force, one per panel member */
            ratings: components["schemas"]["DutyRatingResponse"][];
            report: components["schemas"]["DutyReportResponse"] | null;
            reviewId: string;
            roundId: string;
            /** @enum {string} */
            roundStatus: "planned" | "active" | "scoring-closed" | "published" | "archived";
            roundTitle: string;
            /** @description the unit’s secretary now: the one who submits */
            secretary: components["schemas"]["DutyReviewSecretaryResponse"] | null;
            /** @enum {string} */
            status: "awaiting-report" | "reported";
            /** @description the unit, then each unit above it up to the city */
            unitChain: string[];
            unitId: string;
            unitName: string;
        };
        EvaluateProjectRequest: {
            /** @example 目标全部完成，成效明显 */
            comment: string;
            /**
             * @description 好 good, 较好 fairly-good, 一般 average, 差 poor
             * @enum {string}
             */
            grade: "good" | "fairly-good" | "average" | "poor";
        };
        EvidenceFilesCheckResponse: {
            /** @description in the storage, its bytes no longer hashing to its name (the first 100) */
            altered: string[];
            /** @description distinct files the steps name */
            files: number;
            /** @description named by a step, not in the storage (the first 100) */
            missing: string[];
            /** @description every file a step names is in the storage and still hashes to its name */
            ok: boolean;
        };
        EvidenceUploadResponse: {
            /** @example image/jpeg */
            contentType: string;
            /** @description SHA-256 of the bytes, lowercase hex: name the file by it when a step attaches it */
            sha256: string;
            /** @description bytes */
            size: number;
        };
        FieldProblem: {
            /**
             * @description dotted path of the field; absent when the problem is not about one field
             * @example scores.0.score
             */
            field?: string;
            /** @example score must not be greater than 1000000 */
            message: string;
        };
        HandOverProjectRequest: {
            /** @example 原书记调任，由新任书记接续领办 */
            reason: string;
        };
        HealthInfo: {
            calendar: components["schemas"]["CalendarStatus"];
            database: components["schemas"]["DatabaseStatus"];
            readers: components["schemas"]["ReadersStatus"];
        };
        HolidayRangeView: {
            /** @example 2026-02-15 */
            from: string;
            /** @example 春节 */
            name: string;
            /** @example 2026-02-23 */
            to: string;
        };
        InboxResponse: {
            items: components["schemas"]["NotificationResponse"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description how many of the caller’s notifications are unread (all pages) */
            unread: number;
        };
        InclusionProofResponse: {
            /** @description SHA-256(0x00 ‖ leaf bytes), standard base64 */
            leafHash: string;
            /** @description the event’s place in the tree (subscription order), from 0 */
            leafIndex: number;
            position: number;
            /** @description the RFC 9162 audit path, standard base64, leaf to root */
            proof: string[];
            /** @description the tree head of treeSize, standard base64: compare with a signed checkpoint */
            rootHash: string;
            treeSize: number;
        };
        IndicatorFiguresResponse: {
            /** @description of the villages reported, 0–1 to four decimals; null when none was */
            firstSecretaryShare: number | null;
            grades: components["schemas"]["IndicatorGradeCountsResponse"];
            /** @description 全科网格 */
            grids: number;
            /** @description 元, summed */
            operatingIncome: number;
            pairedVillages: number;
            /** @description 千企结千村 enterprise pairings */
            pairings: number;
            /** @description of the villages reported, 0–1 to four decimals; null when none was */
            pioneerShare: number | null;
            /** @description villages reported for the period */
            reported: number;
            /** @description villages at both 三年强村 targets */
            strong: number;
            /** @description of the villages reported, 0–1 to four decimals; null when none was */
            strongShare: number | null;
            /** @description 元, summed */
            totalIncome: number;
            /** @description villages and communities in the subtree (the org tree now) */
            villages: number;
            /** @description 省定薄弱村 */
            weakVillages: number;
            /** @description 省定薄弱村 paired with an enterprise */
            weakVillagesPaired: number;
            /** @description villages with a 第一书记 */
            withFirstSecretary: number;
        };
        IndicatorGradeCountsResponse: {
            /** @description 先进村 */
            advanced: number;
            /** @description 后进村 */
            backward: number;
            /** @description 先锋示范村 */
            pioneer: number;
            /** @description 合格村 */
            qualified: number;
        };
        IndicatorGroupResponse: {
            figures: components["schemas"]["IndicatorFiguresResponse"];
            /** @example county */
            kind: string;
            name: string;
            unitId: string;
        };
        IndicatorSummaryResponse: {
            asOf: string;
            /** @description each unit directly below (departments aside) */
            children: components["schemas"]["IndicatorGroupResponse"][];
            /** @description null when nothing was reported in the subtree */
            period: string | null;
            /** @description every period reported in the subtree, in order */
            periods: string[];
            total: components["schemas"]["IndicatorFiguresResponse"];
            unitId: string;
        };
        IndicatorTrendPointResponse: {
            figures: components["schemas"]["IndicatorFiguresResponse"];
            period: string;
        };
        IndicatorTrendResponse: {
            asOf: string;
            /** @description in period order */
            points: components["schemas"]["IndicatorTrendPointResponse"][];
            unitId: string;
        };
        ItemScoreRequest: {
            itemCode: string;
            score: number;
        };
        LaunchProjectRequest: {
            /** @example 村集体经营性收入年增 20% */
            goal: string;
            /** @description 1 to 12 milestones, each due in the project’s year */
            milestones: components["schemas"]["MilestoneRequest"][];
            /** @example 余村绿色共富项目 */
            title: string;
            /**
             * @description the unit whose secretary (第一责任人) leads the project
             * @example anji-tianhuangping-yucun
             */
            unitId: string;
            /** @example 2026 */
            year: number;
        };
        LeadershipTermResponse: {
            /** @description when they took the project on */
            from: string;
            name: string;
            /** @description the person, as the unit’s responsible people name them */
            personId: string;
            /** @description when they handed it over; null while they lead it */
            until: string | null;
        };
        ListedProjectResponse: {
            /** @enum {string|null} */
            grade: "good" | "fairly-good" | "average" | "poor" | null;
            leader: components["schemas"]["ProjectLeaderResponse"];
            milestonesCompleted: number;
            milestonesPlanned: number;
            /** @description the earliest due day of a milestone not reached */
            nextDueOn: string | null;
            projectId: string;
            /** @enum {string} */
            status: "active" | "evaluated";
            title: string;
            unitId: string;
            /** @enum {string} */
            warning: "none" | "blue" | "yellow" | "red";
            year: number;
        };
        ListedTaskResponse: {
            deadlineProvisional: boolean;
            dueOn: string;
            inspectorIds: string[];
            roundId: string;
            /** @enum {string} */
            status: "assigned" | "opened" | "submitted" | "closed";
            targetUnitId: string;
            taskId: string;
        };
        ListedUnitResponse: {
            kind: string;
            name: string;
            unitId: string;
        };
        LivenessReport: {
            /** @enum {string} */
            status: "ok";
            /** @description seconds since the process started */
            uptimeSeconds: number;
        };
        LoginRequest: {
            /** @example huzhou-demo */
            password: string;
            /** @example inspector.anji */
            username: string;
        };
        LoginResponse: {
            accessToken: string;
            /** @description seconds until the token expires */
            expiresIn: number;
            tokenType: string;
            user: components["schemas"]["LoginUser"];
        };
        LoginUser: {
            displayName: string;
            homeCountyId: string | null;
            orgUnitId: string | null;
            roles: string[];
            userId: string;
            username: string;
        };
        LogVerificationResponse: {
            checkedEvents: number;
            /** @description for the whole log: the evidence files its steps name, against the storage */
            evidence?: components["schemas"]["EvidenceFilesCheckResponse"];
            /** @description the first event, in position order, whose digest or chain does not match */
            firstBroken?: components["schemas"]["BrokenLinkResponse"];
            fromPosition: number | null;
            /** @description every digest and chain in the range holds, and (for the whole log) so does the seal */
            ok: boolean;
            /** @description for the whole log (no from or to): the log recomputed against the latest checkpoint */
            seal?: components["schemas"]["SealVerificationResponse"];
            toPosition: number | null;
        };
        MakeUpWorkdayView: {
            /** @example 2026-02-14 */
            date: string;
            /** @example 春节 */
            holiday: string;
        };
        MarkedReadResponse: {
            /** @description how many were unread and are read now */
            marked: number;
        };
        MilestoneRequest: {
            /**
             * @description the last day (Asia/Shanghai) it is due, in the project’s year
             * @example 2026-06-30
             */
            dueOn: string;
            /** @example 完成村集体经济项目选址 */
            title: string;
        };
        MilestoneResponse: {
            /** @description the evidence put in when it was reached */
            attachments: components["schemas"]["AttachmentResponse"][];
            completedAt: string | null;
            completedBy: string | null;
            completionReport: string | null;
            /** @description the last moment of dueOn in China, as an instant */
            deadlineAt: string;
            /** @example 2026-06-30 */
            dueOn: string;
            /** @description reached after its due day */
            late: boolean;
            milestoneId: string;
            title: string;
            /** @description warnings up now (蓝牌, 黄牌, 红牌); they come down when it is reached */
            warnings: ("blue" | "yellow" | "red")[];
            /** @description every warning it ever had */
            warningsRaised: ("blue" | "yellow" | "red")[];
        };
        NoticeView: {
            /** @description where the published text was read */
            checkedAgainst: string[];
            /** @example 国办发明电〔2025〕7号 */
            documentNumber: string;
            /** @example 2025-11-04 */
            publishedOn: string;
            /** @example 国务院办公厅关于2026年部分节假日安排的通知 */
            title: string;
        };
        NotificationListResponse: {
            items: components["schemas"]["NotificationResponse"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        NotificationResponse: {
            /** @description attempts at sending so far (0 for the inbox) */
            attempts: number;
            caseId: string;
            /** @enum {string} */
            channel: "inbox" | "webhook" | "dingtalk";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /**
             * Format: uuid
             * @description the event that caused it
             */
            eventId: string;
            /** @description the event’s position in the log */
            eventPosition: number;
            /**
             * @description 交办, 催办, 挂牌, 升级督办, 复核结果
             * @enum {string}
             */
            kind: "assignment" | "urging" | "warning" | "escalation" | "verification";
            /** @description why the last attempt failed */
            lastError: string | null;
            /**
             * Format: date-time
             * @description when a pending delivery is tried next
             */
            nextAttemptAt: string | null;
            /**
             * Format: uuid
             * @description the same on every retry; webhook receivers drop repeats by it
             */
            notificationId: string;
            /**
             * Format: date-time
             * @description inbox: when its owner read it
             */
            readAt: string | null;
            /** @description a user id for the inbox; "unit:<id>" for an outside channel, whose message names the unit’s people responsible */
            recipient: string;
            /**
             * @description inbox entries are delivered as written; outside ones pending until sent, failed once given up
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            text: string;
            /** @example 【催办】天荒坪镇：农村生活污水处理设施运维不到位 */
            title: string;
            /** @description the unit whose responsible people it is for */
            unitId: string;
        };
        OpenAccountRequest: {
            /** @example 李明（安吉县督查联络员） */
            displayName: string;
            /**
             * @description an official’s scope root, an inspector’s home unit (required for both); absent: no unit
             * @example anji
             */
            orgUnitId?: string;
            /** @description the first password (10+ characters, not the username, not a common one); its owner changes it at first sign-in */
            password: string;
            /**
             * @example [
             *       "official"
             *     ]
             */
            roles: ("admin" | "inspector" | "official" | "auditor" | "viewer")[];
            /**
             * @description lowercase letters, digits, ".", "_", "-"; 2 to 64; also the user id, never changed
             * @example li.ming
             */
            username: string;
        };
        OpenCaseRequest: {
            /** @description required for a direct case; a finding’s description by default */
            description?: string;
            /**
             * @description working days the unit gets, counted from 交办
             * @example 10
             */
            dueWorkingDays: number;
            /** @description the finding the case comes from; absent for a case opened directly (admin only) */
            finding?: components["schemas"]["CaseFindingSource"];
            /**
             * @description required for a direct case; for a finding, the unit where it was found by default, or a unit above it
             * @example anji
             */
            responsibleUnitId?: string;
            /**
             * @description required for a direct case; a finding’s severity by default
             * @enum {string}
             */
            severity?: "low" | "medium" | "high" | "critical";
            /**
             * @description required for a direct case; a finding’s title by default
             * @example 村级议事制度未落实
             */
            title?: string;
        };
        OpenProblemResponse: {
            accountableUnitId: string;
            accountableUnitIds: string[];
            activeWarnings: ("blue" | "yellow" | "red")[];
            caseId: string;
            deadlineProvisional: boolean;
            dueOn: string | null;
            escalationLevel: number;
            overdueWorkingDays: number;
            responsibleUnitId: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            status: "registered" | "assigned" | "signed" | "in-progress" | "submitted" | "closed";
            title: string;
        };
        OrgTreeNodeResponse: {
            /** @description the units directly below */
            children: components["schemas"]["OrgTreeNodeResponse"][];
            /** @description the administrative division code, when registered with one */
            code: string | null;
            /** @example anji */
            id: string;
            /** @enum {string} */
            kind: "city" | "county" | "township" | "village" | "grid" | "department";
            /** @example 安吉县 */
            name: string;
            parentId: string | null;
            /** @description the people responsible for the unit now, by role */
            responsible: components["schemas"]["ResponsiblePeopleResponse"];
        };
        OrgTreeResponse: {
            /** @description the top units (the city), each with the units below it */
            units: components["schemas"]["OrgTreeNodeResponse"][];
        };
        OrgUnitCommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            id: string;
            /** @description true when the command had already been handled and nothing was appended now (a retry whose first answer was never recorded). A retry answered from the Idempotency-Key store repeats the first body exactly and carries the header `Idempotent-Replayed: true` instead */
            replayed: boolean;
            /** @description the unit after the command */
            state: components["schemas"]["OrgUnitStateResponse"];
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        OrgUnitStateResponse: {
            code: string | null;
            /** @enum {string} */
            kind: "city" | "county" | "township" | "village" | "grid" | "department";
            /** @example 安吉县 */
            name: string;
            parentId: string | null;
            /** @description the current holder of each role; a vacant role is absent */
            responsible: components["schemas"]["ResponsiblePeopleResponse"];
            /** @enum {string} */
            status: "registered";
            /** @example anji */
            unitId: string;
        };
        OrgUnitViewResponse: {
            /** @description the administrative division code, when registered with one */
            code: string | null;
            /** @example anji */
            id: string;
            /** @enum {string} */
            kind: "city" | "county" | "township" | "village" | "grid" | "department";
            /** @example 安吉县 */
            name: string;
            parentId: string | null;
            /** @description the people responsible for the unit now, by role */
            responsible: components["schemas"]["ResponsiblePeopleResponse"];
        };
        OrgUnitWithChainResponse: {
            /** @description the units above it, from its parent up to the city, each with its responsible people now */
            chain: components["schemas"]["OrgUnitViewResponse"][];
            unit: components["schemas"]["OrgUnitViewResponse"];
        };
        PendingExtensionResponse: {
            newDueWorkingDays: number;
            reason: string;
            requestedAt: string;
            requestedBy: string;
        };
        PlanRoundRequest: {
            /** @description required for a duty-review round: its panel and rules */
            dutyReview?: components["schemas"]["DutyReviewSettingsRequest"];
            /** @enum {string} */
            kind: "deep-research" | "walk-see-compete" | "major-inspection" | "quarterly-theme" | "duty-review";
            /** @example 2026-Q3 */
            period: string;
            /** @description required, except for a duty-review round, which has none */
            rubric?: components["schemas"]["RubricRequest"];
            /** @description county ids; all counties when absent */
            scopeCountyIds?: string[];
            scoringPolicy: components["schemas"]["ScoringPolicyRequest"];
            /**
             * @description required for quarterly-theme rounds
             * @example 党建引领乡村振兴
             */
            theme?: string;
            /** @example 2026年第三季度走看赛 */
            title: string;
            window: components["schemas"]["RoundWindowRequest"];
        };
        ProblemCountsResponse: {
            /** @description open cases by severity */
            bySeverity: components["schemas"]["SeverityCountsResponse"];
            /** @description open cases by their gravest warning */
            byWarning: components["schemas"]["WarningBandCountsResponse"];
            /** @description open cases */
            open: number;
        };
        ProblemDetails: {
            /** @example TASK_ALREADY_CLOSED */
            code: string;
            /** @example Task already closed */
            detail: string;
            /** @description facts about the refusal (ids, versions) */
            details?: {
                [key: string]: unknown;
            };
            /** @description present on validation failures */
            errors?: components["schemas"]["FieldProblem"][];
            /**
             * @description the refused request, `urn:request:<request id>`: the id echoed in the X-Request-Id header, carried by the log lines of the request; quote it when reporting a problem
             * @example urn:request:0f0c3d2e-5b7a-4c41-9a0e-2b1f8f7d9c11
             */
            instance?: string;
            /** @example 409 */
            status: number;
            /** @example Conflict */
            title: string;
            /** @example https://supervision.example/problems/task-already-closed */
            type: string;
        };
        ProblemListResponse: {
            /** @description per unit with open cases at or below it */
            byUnit: components["schemas"]["UnitProblemCountsResponse"][];
            /** @description the gravest open cases first */
            items: components["schemas"]["OpenProblemResponse"][];
            /** @description everything open in the subtree */
            totals: components["schemas"]["ProblemCountsResponse"];
        };
        ProjectBoardPageResponse: {
            items: components["schemas"]["ProjectViewResponse"][];
            /** @description pass back as cursor for the next page; null: no more */
            nextCursor: string | null;
        };
        ProjectChainLevelResponse: {
            kind: string | null;
            /** @description 0 at the project’s unit, counting up */
            level: number;
            name: string | null;
            /** @description the people in the unit’s roles today, by role */
            responsible: {
                [key: string]: components["schemas"]["TermResponse"];
            };
            unitId: string;
        };
        ProjectCommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            /** @description the project’s id */
            id: string;
            /** @description true when the command had already been handled and nothing was appended now */
            replayed: boolean;
            /** @description the project after the command */
            state: components["schemas"]["ProjectPageResponse"];
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        ProjectEvaluationResponse: {
            comment: string;
            evaluatedAt: string;
            evaluatedBy: string;
            /** @enum {string} */
            grade: "good" | "fairly-good" | "average" | "poor";
            milestonesCompleted: number;
            milestonesLate: number;
            milestonesPlanned: number;
        };
        ProjectHandOverResponse: {
            from: components["schemas"]["ProjectLeaderResponse"];
            handedOverAt: string;
            handedOverBy: string;
            reason: string;
            to: components["schemas"]["ProjectLeaderResponse"];
        };
        ProjectionErrorResponse: {
            /** Format: date-time */
            at: string;
            eventId: string;
            eventType: string;
            message: string;
            position: number;
            transactionId: string;
        };
        ProjectionListResponse: {
            items: components["schemas"]["ProjectionStatusResponse"][];
        };
        ProjectionStatusResponse: {
            /** @description async: the stored checkpoint; inline: null */
            checkpoint: components["schemas"]["CheckpointResponse"] | null;
            /**
             * @description inline: updated inside every append; async: a projector following the log
             * @enum {string}
             */
            kind: "inline" | "async";
            lagEvents: number;
            lagSeconds: number;
            lastError: components["schemas"]["ProjectionErrorResponse"] | null;
            /** @example case-board */
            name: string;
            /** @description set while a rebuild runs, and after one until the next starts */
            rebuild: components["schemas"]["RebuildProgressResponse"] | null;
            /** @enum {string} */
            state: "running" | "stopped" | "failed" | "rebuilding";
        };
        ProjectLeaderResponse: {
            name: string;
            /** @description the person, as the unit’s responsible people name them */
            personId: string;
        };
        ProjectListResponse: {
            /** @description projects not yet evaluated */
            active: number;
            evaluated: number;
            /** @description active first, the gravest warning first, then by the next milestone’s due day */
            items: components["schemas"]["ListedProjectResponse"][];
            /** @description active projects with a warning up on a milestone */
            warned: number;
        };
        ProjectPageResponse: {
            /** @description the responsibility chain: the project’s unit up to the city */
            chain: components["schemas"]["ProjectChainLevelResponse"][];
            /** @description the year-end evaluation (年终评价); null before it */
            evaluation: components["schemas"]["ProjectEvaluationResponse"] | null;
            goal: string;
            handOvers: components["schemas"]["ProjectHandOverResponse"][];
            launchedAt: string;
            launchedBy: string;
            /** @description who leads it now */
            leader: components["schemas"]["ProjectLeaderResponse"];
            /** @description who led it when, first to current */
            leaders: components["schemas"]["LeadershipTermResponse"][];
            /** @description by due day */
            milestones: components["schemas"]["MilestoneResponse"][];
            /** @description oldest first */
            progress: components["schemas"]["ProjectProgressResponse"][];
            projectId: string;
            /**
             * @description active (推进中), evaluated (已评价)
             * @enum {string}
             */
            status: "active" | "evaluated";
            title: string;
            /** @description the unit, then each unit above it up to the city */
            unitChain: string[];
            /** @description the unit whose secretary leads it */
            unitId: string;
            /**
             * @description the gravest warning up on a milestone not reached
             * @enum {string}
             */
            warning: "none" | "blue" | "yellow" | "red";
            year: number;
        };
        ProjectProgressRequest: {
            /** @description evidence put in before with POST /evidence (at most 10 files), recorded by hash in the event */
            attachments?: components["schemas"]["AttachmentRequest"][];
            /** @description the milestone the report is on; absent for the project as a whole */
            milestoneId?: string;
            /** @example 项目选址已完成，召开村民代表大会 */
            report: string;
        };
        ProjectProgressResponse: {
            attachments: components["schemas"]["AttachmentResponse"][];
            milestoneId: string | null;
            report: string;
            reportedAt: string;
            reportedBy: string;
            reportNumber: number;
        };
        ProjectViewResponse: {
            /** @description the year-end evaluation (年终评价); null before it */
            evaluation: components["schemas"]["ProjectEvaluationResponse"] | null;
            goal: string;
            handOvers: components["schemas"]["ProjectHandOverResponse"][];
            launchedAt: string;
            launchedBy: string;
            /** @description who leads it now */
            leader: components["schemas"]["ProjectLeaderResponse"];
            /** @description who led it when, first to current */
            leaders: components["schemas"]["LeadershipTermResponse"][];
            /** @description by due day */
            milestones: components["schemas"]["MilestoneResponse"][];
            /** @description oldest first */
            progress: components["schemas"]["ProjectProgressResponse"][];
            projectId: string;
            /**
             * @description active (推进中), evaluated (已评价)
             * @enum {string}
             */
            status: "active" | "evaluated";
            title: string;
            /** @description the unit, then each unit above it up to the city */
            unitChain: string[];
            /** @description the unit whose secretary leads it */
            unitId: string;
            /**
             * @description the gravest warning up on a milestone not reached
             * @enum {string}
             */
            warning: "none" | "blue" | "yellow" | "red";
            year: number;
        };
        PublicationResponse: {
            /** @description when this version was published */
            publishedAt: string;
            /** @description who published it (null only for rounds published before publications were kept) */
            publishedBy: string | null;
            /** @description why it was republished; null for the first publication */
            reason: string | null;
            /** @description 1 for the publication, 2, 3, … for each republication */
            version: number;
        };
        PublishedDutyGradeResponse: {
            distribution: components["schemas"]["DutyRatingDistributionResponse"];
            /**
             * @description grade-poor: graded 差; poor-share: rated 一般 or 差 by at least the round’s share
             * @enum {string|null}
             */
            followUp: "grade-poor" | "poor-share" | null;
            /**
             * @description good 好, fairly-good 较好, average 一般, poor 差
             * @enum {string|null}
             */
            grade: "good" | "fairly-good" | "average" | "poor" | null;
        };
        RankingEntryResponse: {
            /** @example anji */
            countyId: string;
            /** @example 安吉县 */
            countyName: string | null;
            deduction: number;
            /** @description the leader’s score minus this one */
            gapToLeader: number;
            /** @description previous rank minus this one: up is positive */
            movement: number | null;
            /** @description rank in the previous published round of the same kind */
            previousRank: number | null;
            /** @description standard competition ranking (1224) on the score rounded to 2 decimals */
            rank: number;
            /** @description from the sheets by the round’s method, before deductions */
            rawScore: number;
            /** @description red-card cases counted against the county in this round */
            redCases: number;
            /** @description raw score minus deductions, 0–100 scale, 2 decimals */
            score: number;
            /** @description inspectors’ sheets the score rests on */
            sheets: number;
        };
        RateDutyReportRequest: {
            /**
             * @description the evaluator’s comment (评议意见)
             * @example 责任落实到位，村级组织建设仍需加强
             */
            comment: string;
            /**
             * @description good 好, fairly-good 较好, average 一般, poor 差
             * @enum {string}
             */
            rating: "good" | "fairly-good" | "average" | "poor";
        };
        ReadersStatus: {
            /**
             * @description READER_LAG_BOUND_SECONDS
             * @example 30
             */
            boundSeconds: number;
            /** @description the async projectors (not with Kafka, whose consumer group keeps its own place) and the process managers */
            readers: components["schemas"]["ReaderStatus"][];
            /**
             * @description behind when any reader is behind; unknown when the lag could not be read in time
             * @enum {string}
             */
            status: "up" | "behind" | "unknown";
            /** @description which readers are behind and by how much, or why the lag is unknown */
            warning?: string;
        };
        ReaderStatus: {
            /** @description global position of the last event it has handled */
            checkpointPosition: number;
            /** @enum {string} */
            kind: "projector" | "process-manager";
            /** @description committed events it has still to handle */
            lagEvents: number;
            /** @description how long the oldest of those has been waiting, in seconds */
            lagSeconds: number;
            /** @description why it last failed, if it did */
            lastError: string | null;
            /** @example county-ranking */
            name: string;
            /**
             * @description as this process knows it: running here, stopped here (another process may run it), failed at an event, or rebuilding
             * @example running
             */
            state: string;
            /**
             * @description behind: its oldest unhandled event has waited longer than boundSeconds
             * @enum {string}
             */
            status: "up" | "behind";
        };
        ReadinessReport: {
            info: components["schemas"]["HealthInfo"];
            /**
             * @description degraded: a reader is behind its bound (or its lag is unknown), so the read models or reactions it feeds are stale. Still 200: every process reads the same checkpoints, so no other instance would answer fresher, and commands go on working
             * @enum {string}
             */
            status: "ok" | "degraded";
        };
        ReasonRequest: {
            reason: string;
        };
        RebuildProgressResponse: {
            /** @description why it failed */
            error?: string;
            /** @description events applied into the copy so far */
            eventsApplied: number;
            /** @description the newest position in the log when last looked at (the target) */
            headPosition: number;
            /**
             * @description building: applying the log into the copy; swapping: replacing the live tables
             * @enum {string}
             */
            phase: "building" | "swapping" | "done" | "failed";
            /** @description position of the last event applied into the copy */
            position: number;
            projection: string;
            /** Format: date-time */
            startedAt: string;
        };
        RecordFindingRequest: {
            /** @description photos and documents put in before with POST /evidence (at most 10), recorded by hash with the finding */
            attachments?: components["schemas"]["AttachmentRequest"][];
            description: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            /** @example 村级议事制度未落实 */
            title: string;
            /**
             * @description where the problem was found: the target or a unit below it
             * @example anji-tianhuangping-yucun
             */
            unitId: string;
        };
        RecordScoresRequest: {
            scores: components["schemas"]["ItemScoreRequest"][];
        };
        RegisterUnitRequest: {
            code?: string;
            /** @enum {string} */
            kind: "city" | "county" | "township" | "village" | "grid" | "department";
            /** @example 大溪村 */
            name: string;
            /**
             * @description the unit it hangs under; absent or null only for the city, the top of the tree
             * @example anji-tianhuangping
             */
            parentId?: string | null;
            /** @example anji-tianhuangping-dajiang */
            unitId: string;
        };
        ReopenTaskRequest: {
            /** @example 评分有误，需复核 */
            reason: string;
        };
        ReportRequest: {
            /** @description evidence put in before with POST /evidence (at most 10 files), recorded by hash in the step’s event */
            attachments?: components["schemas"]["AttachmentRequest"][];
            /** @example 已召开专题会议，制定整改方案 */
            report: string;
        };
        RepublishRankingRequest: {
            /**
             * @description why the published ranking is replaced; kept in the event and shown with the new version
             * @example 补录窗口期内的红牌扣分
             */
            reason: string;
        };
        RequestExtensionRequest: {
            /**
             * @description the new deadline, in working days from the day of approval
             * @example 10
             */
            newDueWorkingDays: number;
            reason: string;
        };
        ResetPasswordRequest: {
            /** @description the new password its owner must change at next sign-in */
            password: string;
        };
        ResponsibilityChainResponse: {
            accountableUnitIds: string[];
            activeWarnings: ("blue" | "yellow" | "red")[];
            caseId: string;
            children: components["schemas"]["ChainChildResponse"][];
            /** @description the highest unit accountable now */
            currentHolderUnitId: string;
            deadlineProvisional: boolean;
            /** @description null before 交办 */
            dueOn: string | null;
            escalationLevel: number;
            /** @description from the case’s unit up to the city */
            levels: components["schemas"]["ChainLevelResponse"][];
            overdueWorkingDays: number;
            responsibleUnitId: string;
            /** @enum {string} */
            status: "registered" | "assigned" | "signed" | "in-progress" | "submitted" | "closed";
            steps: components["schemas"]["ChainStepResponse"][];
        };
        ResponsibilityEntryResponse: {
            /** @description open cases the unit is accountable for now (its own, and those escalated to it) */
            accountableCases: number;
            /** @description 书记领办项目 of the unit not yet evaluated */
            activeProjects: number;
            /** @description tasks targeting the unit that are not closed */
            activeTasks: number;
            /** @description 0 for the unit the lists are of, 1 for the units directly below it… */
            depth: number;
            kind: string;
            name: string;
            /** @description open cases the unit is responsible for */
            openCases: number;
            parentId: string | null;
            /** @description the people in the unit’s roles now, by role */
            responsible: {
                [key: string]: components["schemas"]["TermResponse"];
            };
            unitId: string;
        };
        ResponsibleHolderResponse: {
            /** @description in office since */
            from: string;
            name: string;
            personId: string;
        };
        ResponsiblePeopleResponse: {
            /** @description 分管领导 */
            deputy?: components["schemas"]["ResponsibleHolderResponse"];
            /** @description 网格员 (a grid’s only; its secretary is the 网格党支部’s) */
            "grid-worker"?: components["schemas"]["ResponsibleHolderResponse"];
            /** @description 联络员 */
            liaison?: components["schemas"]["ResponsibleHolderResponse"];
            /** @description 第一责任人 */
            secretary?: components["schemas"]["ResponsibleHolderResponse"];
        };
        RoundCommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            id: string;
            /** @description true when the command had already been handled and nothing was appended now (a retry whose first answer was never recorded). A retry answered from the Idempotency-Key store repeats the first body exactly and carries the header `Idempotent-Replayed: true` instead */
            replayed: boolean;
            /** @description the round after the command */
            state: components["schemas"]["RoundStateResponse"];
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        RoundPageResponse: {
            items: components["schemas"]["RoundViewResponse"][];
            /** @description pass back as cursor for the next page; null: no more */
            nextCursor: string | null;
        };
        RoundProgressResponse: {
            assigned: number;
            closed: number;
            opened: number;
            submitted: number;
            /** @description tasks assigned in the round */
            tasks: number;
        };
        RoundPublicationResponse: {
            inputsHash: string | null;
            methodVersion: string | null;
            publishedAt: string;
            publishedBy: string;
            reason: string | null;
            /** @description 1 for the publication, 2, 3, … for each republication */
            version: number;
        };
        RoundRankingResponse: {
            /** @description the instant answered for; null for everything recorded so far */
            asOf: string | null;
            /**
             * @description what the figures are: the publication in force at asOf, or the live computation from the facts (before publication, and on /ranking/live)
             * @enum {string}
             */
            basis: "publication" | "live";
            /** @description true when the live computation at asOf differs from the publication in force (facts arrived since, e.g. a red card inside the window): a republication would change it; null before publication */
            changedSincePublication: boolean | null;
            entries: components["schemas"]["RankingEntryResponse"][];
            /** @description SHA-256 (lowercase hex) of the canonical inputs: the recipe is in the description of GET /rounds/{id}/ranking */
            inputsHash: string;
            /** @enum {string} */
            kind: "walk-see-compete" | "quarterly-theme";
            /** @enum {string} */
            method: "mean" | "trimmed-mean" | "z-normalised";
            /**
             * @description the rules that produced the figures
             * @example county-ranking/v2/mean
             */
            methodVersion: string;
            /** @example 2026-Q3 */
            period: string;
            /** @description points off per red-card case */
            perRedCase: number;
            /** @description the previous published round of the same kind, movement is measured against */
            previousRoundId: string | null;
            /** @description the publication in force at asOf; null before the round was published */
            publication: components["schemas"]["PublicationResponse"] | null;
            /** @description when the round’s results first came out, if they had by asOf */
            publishedAt: string | null;
            roundId: string;
            rubricVersion: number;
            /**
             * @description the round’s status at asOf
             * @enum {string}
             */
            status: "planned" | "active" | "scoring-closed" | "published" | "archived";
            title: string;
            /** @description counties of the round with no score yet */
            unscored: components["schemas"]["CountyNameResponse"][];
        };
        RoundStateResponse: {
            archivedAt?: string;
            /** @description a duty-review round’s panel and rules; null for other kinds */
            dutyReview: components["schemas"]["DutyReviewSettingsResponse"] | null;
            /**
             * @description deep-research 深调研, walk-see-compete 走看赛, major-inspection 大督查, quarterly-theme 一季一主题, duty-review 述职评议考核
             * @enum {string}
             */
            kind: "deep-research" | "walk-see-compete" | "major-inspection" | "quarterly-theme" | "duty-review";
            /** @example 2026-Q3 */
            period: string;
            plannedAt: string;
            /** @description the publication in force */
            publication?: components["schemas"]["RoundPublicationResponse"];
            /** @description when the results first came out */
            publishedAt?: string;
            roundId: string;
            rubric: components["schemas"]["RubricResponse"];
            scopeCountyIds: string[];
            scoringClosedAt?: string;
            scoringPolicy: components["schemas"]["ScoringPolicyResponse"];
            /** @description from 启动 on */
            startedAt?: string;
            /** @enum {string} */
            status: "planned" | "active" | "scoring-closed" | "published" | "archived";
            /** @description the quarter’s theme (一季一主题) */
            theme: string | null;
            title: string;
            window: components["schemas"]["RoundWindowResponse"];
        };
        RoundViewResponse: {
            archivedAt?: string;
            /** @description a duty-review round’s panel and rules; null for other kinds */
            dutyReview: components["schemas"]["DutyReviewSettingsResponse"] | null;
            /**
             * @description deep-research 深调研, walk-see-compete 走看赛, major-inspection 大督查, quarterly-theme 一季一主题, duty-review 述职评议考核
             * @enum {string}
             */
            kind: "deep-research" | "walk-see-compete" | "major-inspection" | "quarterly-theme" | "duty-review";
            /** @example 2026-Q3 */
            period: string;
            plannedAt: string;
            progress: components["schemas"]["RoundProgressResponse"];
            /** @description the publication in force */
            publication?: components["schemas"]["RoundPublicationResponse"];
            /** @description when the results first came out */
            publishedAt?: string;
            roundId: string;
            rubric: components["schemas"]["RubricResponse"];
            scopeCountyIds: string[];
            scoringClosedAt?: string;
            scoringPolicy: components["schemas"]["ScoringPolicyResponse"];
            /** @description from 启动 on */
            startedAt?: string;
            /** @enum {string} */
            status: "planned" | "active" | "scoring-closed" | "published" | "archived";
            /** @description the quarter’s theme (一季一主题) */
            theme: string | null;
            title: string;
            window: components["schemas"]["RoundWindowResponse"];
        };
        RoundWindowRequest: {
            /** @example 2026-09-30 */
            closesOn: string;
            /** @example 2026-07-01 */
            opensOn: string;
        };
        RoundWindowResponse: {
            /** @example 2026-09-30 */
            closesOn: string;
            /** @example 2026-07-01 */
            opensOn: string;
        };
        RubricItemRequest: {
            /** @example org-building */
            code: string;
            /** @example 10 */
            maxScore: number;
            /** @example 组织建设 */
            title: string;
            /** @example 0.4 */
            weight: number;
        };
        RubricItemResponse: {
            /** @example rectification */
            code: string;
            maxScore: number;
            /** @example 问题整改 */
            title: string;
            /** @description weights of a rubric sum to 1 */
            weight: number;
        };
        RubricRequest: {
            items: components["schemas"]["RubricItemRequest"][];
        };
        RubricResponse: {
            items: components["schemas"]["RubricItemResponse"][];
            version: number;
        };
        ScoringPolicyRequest: {
            deductions?: components["schemas"]["DeductionsRequest"];
            /** @enum {string} */
            method: "mean" | "trimmed-mean" | "z-normalised";
        };
        ScoringPolicyResponse: {
            deductions?: components["schemas"]["DeductionsResponse"];
            /** @enum {string} */
            method: "mean" | "trimmed-mean" | "z-normalised";
        };
        SealCheckpointListResponse: {
            items: components["schemas"]["SealCheckpointResponse"][];
            nextCursor: string | null;
        };
        SealCheckpointResponse: {
            /** Format: date-time */
            issuedAt: string;
            /** @description the C2SP signed note (tlog-checkpoint): origin, size, root, a blank line, and the Ed25519 signature line */
            note: string;
            /**
             * @description the log’s name, first line of the note
             * @example supervision-engine/audit
             */
            origin: string;
            /** @description the tree head, SHA-256, standard base64 */
            rootHash: string;
            /** @description leaves (events) in the tree */
            treeSize: number;
            /** @description the key to check the note with: <name>+<key id>+<base64(0x01 ‖ public key)> */
            verifierKey: string;
        };
        SealVerificationResponse: {
            /**
             * @description the latest signed checkpoint, or the sealed tree’s own head when none is signed
             * @enum {string}
             */
            against: "checkpoint" | "sealed-tree";
            /** @description events of the log recomputed into leaves, in subscription order */
            checkedLeaves: number;
            /** @description when the stored tree was altered too: the leaves the first divergence lies in, between checkpoints */
            divergentRange?: components["schemas"]["DivergentRangeResponse"];
            /** @description where the log first parts from the tree, found through the stored tree when it still gives the checkpoint’s head */
            firstDivergentLeaf?: components["schemas"]["DivergentLeafResponse"];
            /** Format: date-time */
            issuedAt: string | null;
            /** @description the log recomputed gives the head checked against */
            ok: boolean;
            /** @description the head of the tree recomputed from the log; null when it has fewer events than the tree */
            recomputedRoot: string | null;
            /** @description the head checked against, standard base64 */
            rootHash: string | null;
            treeSize: number;
            /** @description the latest checkpoint’s note is not signed by this log’s key (a row put in by hand): nothing was checked against it */
            unsignedCheckpoint: boolean;
        };
        SeverityCountsResponse: {
            critical: number;
            high: number;
            low: number;
            medium: number;
        };
        SplitCaseRequest: {
            children: components["schemas"]["ChildCaseRequest"][];
        };
        StreamHistoryResponse: {
            events: components["schemas"]["AuditEventResponse"][];
            streamId: string;
            version: number;
        };
        SubmitDutyReportRequest: {
            /** @description evidence put in before with POST /evidence (at most 10 files), recorded by hash with the report */
            attachments?: components["schemas"]["AttachmentRequest"][];
            /**
             * @description the duty report (述职报告)
             * @example 2026年度抓基层党建工作述职：一、履行第一责任人职责情况……
             */
            report: string;
        };
        TaskBoardPageResponse: {
            items: components["schemas"]["TaskViewResponse"][];
            /** @description pass back as cursor for the next page; null: no more */
            nextCursor: string | null;
        };
        TaskCommandResponse: {
            events: components["schemas"]["AppendedEventView"][];
            id: string;
            /** @description true when the command had already been handled and nothing was appended now (a retry whose first answer was never recorded). A retry answered from the Idempotency-Key store repeats the first body exactly and carries the header `Idempotent-Replayed: true` instead */
            replayed: boolean;
            /** @description the task after the command */
            state: components["schemas"]["TaskStateResponse"];
            /** @description the stream version after the command; also the ETag */
            version: number;
        };
        TaskCountsResponse: {
            /** @description tasks by status */
            byStatus: components["schemas"]["TaskStatusCountsResponse"];
            total: number;
        };
        TaskFindingResponse: {
            /** @description the evidence put in with it */
            attachments: components["schemas"]["AttachmentResponse"][];
            description: string;
            findingId: string;
            recordedBy: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            title: string;
            /** @description the unit where the problem was found (the target or a unit below it) */
            unitId: string;
        };
        TaskInspectorResponse: {
            /** @description the county the inspector belongs to (recused from scoring it); null at city level */
            homeCountyId: string | null;
            inspectorId: string;
        };
        TaskListResponse: {
            byUnit: components["schemas"]["UnitTaskCountsResponse"][];
            /** @description tasks not closed first, then by deadline */
            items: components["schemas"]["ListedTaskResponse"][];
            totals: components["schemas"]["TaskCountsResponse"];
        };
        TaskStateResponse: {
            assignedAt: string;
            closedAt?: string;
            deadlineAt: string;
            /**
             * @description the working day the task is due on (Asia/Shanghai)
             * @example 2026-03-16
             */
            dueOn: string;
            findings: components["schemas"]["TaskFindingResponse"][];
            inspectors: components["schemas"]["TaskInspectorResponse"][];
            openedAt?: string;
            /** @description when the task was marked overdue */
            overdueAt: string | null;
            reopenCount: number;
            roundId: string;
            /** @enum {string} */
            roundKind: "deep-research" | "walk-see-compete" | "major-inspection" | "quarterly-theme" | "duty-review";
            /** @description the round’s rubric as it was when the task was assigned */
            rubric: components["schemas"]["RubricResponse"];
            /** @description each inspector’s current score per rubric item: { inspectorId: { itemCode: score } } */
            scores: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /**
             * @description assigned (分派), opened (督查中), submitted (已提交), closed (已关闭)
             * @enum {string}
             */
            status: "assigned" | "opened" | "submitted" | "closed";
            submittedAt?: string;
            submittedBy?: string;
            /** @description the county the target lies in; null above county level */
            targetCountyId: string | null;
            targetUnitId: string;
            taskId: string;
        };
        TaskStatusCountsResponse: {
            assigned: number;
            closed: number;
            opened: number;
            submitted: number;
        };
        TaskViewResponse: {
            assignedAt: string;
            closedAt?: string;
            deadlineAt: string;
            deadlineProvisional: boolean;
            /**
             * @description the working day the task is due on (Asia/Shanghai)
             * @example 2026-03-16
             */
            dueOn: string;
            findings: components["schemas"]["TaskFindingResponse"][];
            inspectors: components["schemas"]["TaskInspectorResponse"][];
            openedAt?: string;
            /** @description when the task was marked overdue */
            overdueAt: string | null;
            /**
             * @description display names by user id of the inspectors, the findings’ recorders and the submitter (a user no longer in the directory is left out)
             * @example {
             *       "inspector.wuxing": "督查员（吴兴区）"
             *     }
             */
            people: {
                [key: string]: string;
            };
            reopenCount: number;
            roundId: string;
            /** @enum {string} */
            roundKind: "deep-research" | "walk-see-compete" | "major-inspection" | "quarterly-theme" | "duty-review";
            /** @description the round’s rubric as it was when the task was assigned */
            rubric: components["schemas"]["RubricResponse"];
            /** @description each inspector’s current score per rubric item: { inspectorId: { itemCode: score } } */
            scores: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /**
             * @description assigned (分派), opened (督查中), submitted (已提交), closed (已关闭)
             * @enum {string}
             */
            status: "assigned" | "opened" | "submitted" | "closed";
            submittedAt?: string;
            submittedBy?: string;
            /** @description the county the target lies in; null above county level */
            targetCountyId: string | null;
            targetUnitId: string;
            taskId: string;
        };
        TermResponse: {
            from: string;
            name: string;
            personId: string;
            until: string | null;
        };
        TrendPointResponse: {
            countiesRanked: number;
            gapToLeader: number | null;
            inputsHash: string;
            methodVersion: string;
            movement: number | null;
            period: string;
            previousRank: number | null;
            /** @description the version of its published ranking shown: the one in force at asOf */
            publicationVersion: number;
            /** @description when the round’s results first came out */
            publishedAt: string;
            rank: number | null;
            redCases: number;
            roundId: string;
            score: number | null;
            /** @enum {string} */
            standing: "ranked" | "unscored" | "out-of-scope";
            title: string;
        };
        UnitListsResponse: {
            /**
             * @description display names by user id of the inspectors the task list names (a user no longer in the directory is left out)
             * @example {
             *       "inspector.wuxing": "督查员（吴兴区）"
             *     }
             */
            people: {
                [key: string]: string;
            };
            /** @description 问题清单 */
            problems: components["schemas"]["ProblemListResponse"];
            /** @description 书记领办项目 of the subtree (on the 责任清单 and the 任务清单) */
            projects: components["schemas"]["ProjectListResponse"];
            /** @description 责任清单 */
            responsibilities: components["schemas"]["ResponsibilityEntryResponse"][];
            /** @description 任务清单 */
            tasks: components["schemas"]["TaskListResponse"];
            unit: components["schemas"]["ListedUnitResponse"];
        };
        UnitProblemCountsResponse: {
            /** @description open cases by severity */
            bySeverity: components["schemas"]["SeverityCountsResponse"];
            /** @description open cases by their gravest warning */
            byWarning: components["schemas"]["WarningBandCountsResponse"];
            /** @description open cases */
            open: number;
            unitId: string;
        };
        UnitTaskCountsResponse: {
            /** @description tasks by status */
            byStatus: components["schemas"]["TaskStatusCountsResponse"];
            total: number;
            unitId: string;
        };
        UrgeRequest: {
            /** @example 请加快整改进度 */
            message?: string;
        };
        UserListResponse: {
            items: components["schemas"]["UserResponse"][];
        };
        UserResponse: {
            /** @description a disabled account cannot sign in, and its sessions have ended */
            disabled: boolean;
            /** @example 督查员（安吉县） */
            displayName: string;
            /** @description the county the unit lies in (an inspector is recused from scoring it) */
            homeCountyId: string | null;
            /** @description an official’s scope root; an inspector’s home unit */
            orgUnitId: string | null;
            /** @description the password was set by an admin: its owner sets their own before signing in */
            passwordMustChange: boolean;
            /**
             * @example [
             *       "inspector"
             *     ]
             */
            roles: ("admin" | "inspector" | "official" | "auditor" | "viewer")[];
            /** @description the username; what the log records as the actor */
            userId: string;
            /** @example inspector.anji */
            username: string;
        };
        VillageIndicatorReportRequest: {
            /**
             * @description the village’s 第一书记; absent when it has none
             * @example 胡第一书记
             */
            firstSecretary?: string;
            /**
             * @description 百村示范、千村晋位: 先锋示范村 (pioneer), 先进村, 合格村, 后进村
             * @enum {string}
             */
            grade: "pioneer" | "advanced" | "qualified" | "backward";
            /**
             * @description the village’s 全科网格
             * @example 2
             */
            gridCount: number;
            /**
             * @description 村级集体经营性收入 for the year, whole 元
             * @example 520000
             */
            operatingIncome: number;
            /**
             * @description 千企结千村: the enterprises paired with the village
             * @example [
             *       "安吉示例竹业有限公司"
             *     ]
             */
            pairedEnterprises: string[];
            /**
             * @description a year, or a quarter of it (2026-Q3)
             * @example 2026
             */
            period: string;
            /** @description 省定薄弱村: the province lists the village as weak */
            provinciallyWeak: boolean;
            /**
             * @description 村级集体总收入 for the year, whole 元; no less than the operating income
             * @example 1200000
             */
            totalIncome: number;
        };
        VillageIndicatorRevisionResponse: {
            firstSecretary: string | null;
            /** @enum {string} */
            grade: "pioneer" | "advanced" | "qualified" | "backward";
            gridCount: number;
            /** @description 元 */
            operatingIncome: number;
            pairedEnterprises: string[];
            /** @example 2026 */
            period: string;
            provinciallyWeak: boolean;
            /** @description why it was corrected; null on the first report */
            reason: string | null;
            recordedAt: string;
            recordedBy: string;
            /** @description 1 for the report, counting up with each correction */
            revision: number;
            /** @description at both 三年强村 targets: 30万元 operating and 100万元 total income */
            strong: boolean;
            /** @description 元 */
            totalIncome: number;
        };
        VillageIndicatorsResponse: {
            asOf: string;
            name: string;
            /** @description latest period first */
            periods: components["schemas"]["VillagePeriodReportResponse"][];
            unitId: string;
        };
        VillagePeriodReportResponse: {
            /** @description the revision in force */
            current: components["schemas"]["VillageIndicatorRevisionResponse"];
            /** @description the revisions it replaced, latest first */
            earlier: components["schemas"]["VillageIndicatorRevisionResponse"][];
            period: string;
        };
        WarningBandCountsResponse: {
            blue: number;
            /** @description no warning up */
            none: number;
            red: number;
            yellow: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    calendarLoad: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the load: a retry with the same key appends nothing and answers as the first time */
                "Idempotency-Key"?: string;
                /** @description the calendar stream version the client saw (the version of the load’s answer, or the `version` GET /calendar/years answers); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarNoticeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarLoadResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels; INVALID_HOLIDAY_DATA: `errors` lists every bad field (dotted path) with the rule it breaks */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectionsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionListResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectionsOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionStatusResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PROJECTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectionsRebuild: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildProgressResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PROJECTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description REBUILD_ALREADY_RUNNING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditCheckpoints: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealCheckpointListResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels; INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CHECKPOINT_SIGNATURE_INVALID: the stored note does not open with the verifier key or states another tree; TREE_INCONSISTENT_WITH_CHECKPOINT: it and the largest checkpoint already published (to a witness, or served) are not one history (one such checkpoint refuses the page) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditIssueCheckpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealCheckpointResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NO_CHECKPOINT: no signing key configured */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TREE_INCONSISTENT_WITH_CHECKPOINT: the sealed tree does not extend the last checkpoint (the log was rewritten), and nothing is signed; or the new checkpoint contradicts one already published (to a witness), and it is not served */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditLatestCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealCheckpointResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NO_CHECKPOINT: none issued yet, or no signing key configured */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CHECKPOINT_SIGNATURE_INVALID: the stored note does not open with the verifier key or states another tree; TREE_INCONSISTENT_WITH_CHECKPOINT: it and the largest checkpoint already published (to a witness, or served) are not one history */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditEvents: {
        parameters: {
            query?: {
                /** @description the acting user */
                actor?: string;
                /**
                 * @deprecated
                 * @description the same as `cursor` (the name DESIGN §5 gives it); send one of the two
                 */
                after?: string;
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                /** @description recorded at or after this instant (ISO 8601) */
                from?: string;
                limit?: number;
                stream?: string;
                /** @description recorded at or before this instant (ISO 8601), to the millisecond: an event whose `recordedAt` shows this instant is included */
                to?: string;
                /** @description event types, comma-separated */
                type?: string;
                /** @description an org unit; covers the units below it */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventsPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditExport: {
        parameters: {
            query?: {
                /** @description the acting user */
                actor?: string;
                /** @description csv for spreadsheets, jsonl (JSON Lines) for programs; both carry what `verify-export` checks offline */
                format?: "csv" | "jsonl";
                /** @description recorded at or after this instant (ISO 8601) */
                from?: string;
                stream?: string;
                /** @description recorded at or before this instant (ISO 8601), to the millisecond: an event whose `recordedAt` shows this instant is included */
                to?: string;
                /** @description event types, comma-separated */
                type?: string;
                /** @description an org unit; covers the units below it */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV: UTF-8 with a byte-order mark and a header row, CRLF line ends. JSON Lines: one JSON object per line. Streamed as the log is read */
            200: {
                headers: {
                    /** @description attachment; filename="audit-trail.csv" (or .jsonl) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/jsonl": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditConsistencyProof: {
        parameters: {
            query: {
                /** @description the earlier tree size (an older checkpoint’s) */
                from: number;
                /** @description the later tree size */
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProofResponse"];
                };
            };
            /** @description TREE_NOT_SEALED, INVALID_RANGE, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditInclusionProof: {
        parameters: {
            query: {
                /** @description the event’s global position */
                position: number;
                /** @description the tree size to prove against (a checkpoint’s); default: the tree as sealed now */
                treeSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProofResponse"];
                };
            };
            /** @description TREE_NOT_SEALED, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EVENT_NOT_SEALED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamHistoryResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description STREAM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditVerify: {
        parameters: {
            query?: {
                /** @description first global position to check */
                from?: number;
                /** @description last global position to check */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogVerificationResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: auditors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    authLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_DISABLED; PASSWORD_CHANGE_REQUIRED: the password was set by an admin, set your own with POST /auth/password first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RATE_LIMITED: too many attempts from this address; ACCOUNT_RATE_LIMITED: too many failed attempts at this username */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnPasswordRequest"];
            };
        };
        responses: {
            /** @description the password is changed: sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels; WEAK_PASSWORD (details.weaknesses), PASSWORD_UNCHANGED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_DISABLED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description RATE_LIMITED, ACCOUNT_RATE_LIMITED (with Retry-After) */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    calendarYears: {
        parameters: {
            query?: {
                /** @description the calendar as it stood at this instant (only the notices loaded by then) */
                asOf?: string;
                /** @description first year listed; default: the earlier of the first official year and this year */
                from?: string;
                /** @description last year listed (at most 50 years after `from`); default: the later of the last official year and next year */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearsView"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    calendarYear: {
        parameters: {
            query?: {
                /** @description the calendar as it stood at this instant (only the notices loaded by then) */
                asOf?: string;
            };
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CALENDAR_YEAR_NOT_FOUND: no notice loaded and before 2008 (or past 9998) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesBoard: {
        parameters: {
            query?: {
                /** @description cases this unit is accountable for now: its own (escalated or not) and those escalated to it */
                accountable?: string;
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                /** @description only cases past their deadline (true) or not (false) */
                overdue?: boolean;
                status?: "registered" | "assigned" | "signed" | "in-progress" | "submitted" | "closed";
                /** @description responsible unit; covers the units below it */
                unit?: string;
                /** @description cases with this warning up */
                warning?: "blue" | "yellow" | "red";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseBoardPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesOpen: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; NOT_ASSIGNED_INSPECTOR, DIRECT_CASE_ADMIN_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND, FINDING_NOT_FOUND, ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_ALREADY_OPENED (the finding has its case), CASE_DETAILS_REQUIRED, CASE_UNIT_OFF_FINDING_CHAIN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it. */
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesApproveExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; NO_PENDING_EXTENSION, EXTENSION_NOT_LATER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesAssign: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_ALREADY_ASSIGNED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it. */
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsibilityChainResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesDenyExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; NO_PENDING_EXTENSION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_NOT_SIGNED, CASE_ALREADY_SUBMITTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesReject: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_NOT_SUBMITTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesRequestExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExtensionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; EXTENSION_ALREADY_PENDING, EXTENSION_NOT_LATER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesSign: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_NOT_ASSIGNED, CASE_ALREADY_SIGNED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesSplit: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SplitCaseRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description ORG_UNIT_NOT_FOUND
             *
             *     CASE_NOT_FOUND
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CHILD_UNIT_NOT_BELOW, CHILD_DEADLINE_AFTER_PARENT, CASE_NOT_SIGNED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesSubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_NOT_IN_PROGRESS, CHILD_CASES_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesUrge: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UrgeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_ALREADY_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    casesVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE: the case lies outside the official’s unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description CASE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CASE_NOT_SUBMITTED, CHILD_CASES_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rankingCountyTrend: {
        parameters: {
            query: {
                /** @description answer as the ranking stood at this instant (ISO 8601 with Z or an offset); everything recorded so far when absent */
                asOf?: string;
                /** @description the kind of round to follow (walk-see-compete or quarterly-theme rank counties) */
                kind: "deep-research" | "walk-see-compete" | "major-inspection" | "quarterly-theme" | "duty-review";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyTrendResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOT_A_COUNTY; ROUND_KIND_NOT_RANKED: deep-research and major-inspection rounds rank nobody */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    dutyReviewsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyReviewViewResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DUTY_REVIEW_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    dutyReviewsRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateDutyReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyReviewCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only inspector; NOT_ON_PANEL */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DUTY_REVIEW_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; INSPECTOR_RECUSED (the unit is in the evaluator’s own county), DUTY_REPORT_NOT_SUBMITTED, ROUND_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    dutyReviewsReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDutyReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyReviewCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, official; NOT_UNIT_SECRETARY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DUTY_REVIEW_NOT_FOUND, EVIDENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_NOT_ACTIVE, DUTY_REPORT_ALREADY_RATED, INVALID_ATTACHMENTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    evidenceUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description the file, as it is */
        requestBody: {
            content: {
                "application/pdf": string;
                "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "image/heic": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
                "video/mp4": string;
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceUploadResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels; EVIDENCE_EMPTY */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit; EVIDENCE_TOO_LARGE: larger than EVIDENCE_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read; EVIDENCE_TYPE_NOT_TAKEN: not a photo, MP4, PDF or Office document; EVIDENCE_TYPE_MISMATCH: the bytes are not of the type given */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    evidenceRead: {
        parameters: {
            query?: {
                /** @description the name to download it as; by default the name a step gave it */
                name?: string;
            };
            header?: never;
            path: {
                /** @description the file’s SHA-256, 64 lowercase hex digits */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file’s bytes, with its type */
            200: {
                headers: {
                    /** @description attachment, with the file’s name */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/heic": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "video/mp4": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE: every step that attaches it is another unit’s */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description EVIDENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    healthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOT_READY: the database does not answer; DRAINING: the process got SIGTERM and stops after SHUTDOWN_DRAIN_SECONDS (take it out of rotation) */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    healthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessReport"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    villageIndicatorsSummary: {
        parameters: {
            query?: {
                /** @description answer as known at this instant (ISO 8601 with Z or an offset); now when absent */
                asOf?: string;
                /** @description the period; the latest year reported when absent */
                period?: string;
                /** @description the unit whose subtree is rolled up; the caller’s own unit (an official) or the city when absent */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorSummaryResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    villageIndicatorsTrend: {
        parameters: {
            query?: {
                /** @description answer as known at this instant (ISO 8601 with Z or an offset); now when absent */
                asOf?: string;
                /** @description the unit whose subtree is rolled up; the caller’s own unit (an official) or the city when absent */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorTrendResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    metricsScrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notificationsList: {
        parameters: {
            query?: {
                /** @description only the notifications of this case */
                caseId?: string;
                channel?: "inbox" | "webhook" | "dingtalk";
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListResponse"];
                };
            };
            /** @description INVALID_CURSOR, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notificationsRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION_NOT_RETRYABLE: it is pending or delivered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notificationsInbox: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
                /** @description true: only the unread ones */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxResponse"];
                };
            };
            /** @description INVALID_CURSOR, VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOTIFICATION_NOT_FOUND: no such notification in my inbox */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    notificationsReadAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    orgUnitsTree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgTreeResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    orgUnitsRegister: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUnitRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PARENT_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ORG_UNIT_ALREADY_REGISTERED, INVALID_UNIT_PLACEMENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    orgUnitsUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitWithChainResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    orgUnitsLists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitListsResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE: an official reads the lists of its own unit and the units below it only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    orgUnitsAssignPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignResponsiblePersonRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; PERSON_ALREADY_RESPONSIBLE, RESPONSIBILITY_OUT_OF_ORDER (from before the current holder’s), UNKNOWN_RESPONSIBLE_ROLE, ROLE_NOT_HELD_AT_UNIT (a grid worker outside a grid), RESPONSIBLE_PERSON_INCOMPLETE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectsBoard: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                /** @description the person leading it now */
                leader?: string;
                limit?: number;
                status?: "active" | "evaluated";
                /** @description a unit; covers the projects of the units below it */
                unit?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectBoardPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectsLaunch: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchProjectRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, official; OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; UNIT_WITHOUT_SECRETARY; INVALID_PROJECT_PLAN (details.problems lists every problem, e.g. a due day outside the year) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PROJECT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectsEvaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateProjectRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PROJECT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; PROJECT_ALREADY_EVALUATED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectsHandOver: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverProjectRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, official; OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PROJECT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; SAME_PROJECT_LEADER (the secretary leads it already), UNIT_WITHOUT_SECRETARY, PROJECT_ALREADY_EVALUATED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectsComplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteMilestoneRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, official; OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PROJECT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; MILESTONE_ALREADY_COMPLETED, PROJECT_ALREADY_EVALUATED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    projectsProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectProgressRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, official; OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PROJECT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; PROJECT_ALREADY_EVALUATED; MILESTONE_NOT_FOUND */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsList: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanRoundRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND: a scope county that does not exist; INSPECTOR_NOT_FOUND: a panel member who is not an inspector */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; THEME_REQUIRED, INVALID_RUBRIC, INVALID_PERIOD, INVALID_ROUND_SCOPE, INVALID_ROUND_WINDOW… */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundViewResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsArchive: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_NOT_PUBLISHED, ROUND_ALREADY_ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsCloseScoring: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_NOT_ACTIVE, ROUND_SCORING_ALREADY_CLOSED, ROUND_ALREADY_ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    dutyReviewsResults: {
        parameters: {
            query?: {
                /** @description answer as the results stood at this instant (ISO 8601 with Z or an offset); now when absent */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyReviewResultsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND (also when the round was planned after asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOT_A_DUTY_REVIEW_ROUND */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    dutyReviewsList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyReviewListResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOT_A_DUTY_REVIEW_ROUND */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsPublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_SCORING_NOT_CLOSED, ROUND_ALREADY_PUBLISHED, ROUND_ALREADY_ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rankingRoundRanking: {
        parameters: {
            query?: {
                /** @description answer as the ranking stood at this instant (ISO 8601 with Z or an offset); everything recorded so far when absent */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundRankingResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND (also when the round was planned after asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_RANKED: deep-research and major-inspection rounds rank nobody */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rankingLiveRanking: {
        parameters: {
            query?: {
                /** @description answer as the ranking stood at this instant (ISO 8601 with Z or an offset); everything recorded so far when absent */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundRankingResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND (also when the round was planned after asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_RANKED: deep-research and major-inspection rounds rank nobody */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsRepublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepublishRankingRequest"];
            };
        };
        responses: {
            /** @description republished: the event appended and the round, state.publication naming the new version */
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_NOT_PUBLISHED; ROUND_ALREADY_ARCHIVED (archived rankings are final); ROUND_NOT_RANKED; RANKING_UNCHANGED: the live ranking is the one in force, nothing to republish */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    roundsStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_ALREADY_STARTED, ROUND_ALREADY_ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksAssign: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTaskRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROUND_NOT_FOUND, ORG_UNIT_NOT_FOUND, INSPECTOR_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; UNIT_ALREADY_HAS_TASK (details.taskId), INSPECTOR_RECUSED, ROUND_NOT_ACCEPTING_TASKS, TARGET_OUTSIDE_ROUND_SCOPE… */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksBoard: {
        parameters: {
            query?: {
                /** @description the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR */
                cursor?: string;
                inspector?: string;
                limit?: number;
                round?: string;
                status?: "assigned" | "opened" | "submitted" | "closed";
                /** @description target unit; covers the units below it */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBoardPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it. */
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskViewResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; TASK_NOT_SUBMITTED, TASK_ALREADY_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksFindings: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFindingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only inspector */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; FINDING_OUTSIDE_TARGET, ROUND_NOT_ACTIVE, TASK_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksOpen: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, inspector; NOT_ASSIGNED_INSPECTOR */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_NOT_ACTIVE (the round has not started, or its scoring closed), TASK_ALREADY_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksReopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ROUND_NOT_ACTIVE (the round’s scoring closed), TASK_NOT_SUBMITTED, REOPEN_REASON_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksScores: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordScoresRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only inspector */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; SCORE_OUT_OF_RANGE, UNKNOWN_RUBRIC_ITEM, INSPECTOR_RECUSED, ROUND_NOT_ACTIVE, TASK_NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    tasksSubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only inspector */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description TASK_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; TASK_NOT_OPEN, TASK_ALREADY_SUBMITTED, TASK_ALREADY_CLOSED, SCORES_INCOMPLETE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersList: {
        parameters: {
            query?: {
                /** @description only the holders of this role */
                role?: "admin" | "inspector" | "official" | "auditor" | "viewer";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersOpen: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenAccountRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels; INVALID_USERNAME, INVALID_ACCOUNT_ROLES, ACCOUNT_UNIT_REQUIRED, DISPLAY_NAME_REQUIRED, WEAK_PASSWORD (details.weaknesses) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ACCOUNT_ALREADY_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersDisable: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableAccountRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ACCOUNT_DISABLED (already), CANNOT_LOCK_OUT_SELF (403) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ACCOUNT_ALREADY_ENABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersRename: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountNameRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersResetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; 400 WEAK_PASSWORD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersRoles: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountRolesRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; CANNOT_LOCK_OUT_SELF (403), ACCOUNT_UNIT_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUnitRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ACCOUNT_UNIT_REQUIRED; 404 ORG_UNIT_NOT_FOUND */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    usersUnlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3" */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; ACCOUNT_DISABLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    villageIndicatorsVillage: {
        parameters: {
            query?: {
                /** @description answer as known at this instant (ISO 8601 with Z or an offset); now when absent */
                asOf?: string;
            };
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VillageIndicatorsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than 32 levels */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description NOT_A_VILLAGE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    villageIndicatorsReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VillageIndicatorReportRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; INVALID_INDICATOR_REPORT (details.problems), VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, official; OUT_OF_SCOPE, INDICATORS_REPORTED_FROM_ABOVE (the village’s own official) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; NOT_A_VILLAGE, INDICATOR_PERIOD_ALREADY_REPORTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    villageIndicatorsCorrect: {
        parameters: {
            query?: never;
            header?: {
                /** @description names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent while the first is still running, changes nothing and gets the first answer (same status and body; the response then carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 IDEMPOTENCY_KEY_MISMATCH. A key is kept for 24 hours after its first request, then forgotten. An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice). */
                "Idempotency-Key"?: string;
                /** @description the stream version the client saw (the ETag); a stale one is refused with 412 */
                "If-Match"?: string;
                /** @description ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters) */
                "X-Correlation-Id"?: string;
            };
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectVillageIndicatorsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412) */
                    ETag?: string;
                    /** @description present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description BAD_REQUEST: If-Match is not a stream version such as "3"; INVALID_INDICATOR_REPORT (details.problems), VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNAUTHENTICATED: no token, or an invalid or expired one */
            401: {
                headers: {
                    /** @description how to authenticate */
                    "WWW-Authenticate"?: "Bearer";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ROLE_FORBIDDEN: only admin, official; OUT_OF_SCOPE, INDICATORS_REPORTED_FROM_ABOVE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description ORG_UNIT_NOT_FOUND, INDICATOR_PERIOD_NOT_REPORTED */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command; NOT_A_VILLAGE, CORRECTION_REASON_REQUIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description INTERNAL_ERROR: a fault on our side (never a refusal of the request) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds */
            503: {
                headers: {
                    /** @description seconds to wait before retrying (DATABASE_UNAVAILABLE) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
