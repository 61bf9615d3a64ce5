// Generated from openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and the plan in use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in (user null when nobody), and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionState"];
                    };
                };
            };
        };
        put?: never;
        /** Log in with a password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionInfo"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Log out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Log out everywhere: end every session of mine */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LogoutEverywhereResult"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (other sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChangeBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Issue an API token for scripts (Authorization: Bearer); the token is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTokenBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NewApiToken"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users */
        get: {
            parameters: {
                query?: {
                    search?: string;
                    role?: "admin" | "county" | "enterprise" | "expert" | "leader";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user with roles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateUserBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user: name, disabled, roles, or reset the password */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateUserBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail: who changed what, when, from where, before and after */
        get: {
            parameters: {
                query?: {
                    userId?: number;
                    login?: string;
                    entityType?: string;
                    entityId?: string;
                    from?: string;
                    to?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEventPage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan in use: industries, regions, clusters, focus industries, targets, instruments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanOverview"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The guidance catalogue (发展导向目录) of a year */
        get: {
            parameters: {
                query?: {
                    /** @description catalogue year; the latest when absent */
                    year?: number;
                    industry?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the plan file that was loaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanVersionList"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The counties the caller may see, with focus industries and clusters */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CountyList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One county's workspace (404 outside the caller's scope) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["County"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counties/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed the county's focus industries, when, before and after */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEventPage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counties/{code}/focus-industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** State a county's 1–2 focus industries (§五(三)); audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FocusIndustriesBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["County"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise register (企业名录), filtered, within the caller’s scope */
        get: {
            parameters: {
                query?: {
                    /** @description a county (its zones included) or zone code */
                    region?: string;
                    /** @description plan industry code: enterprises classified in it now */
                    industry?: string;
                    tag?: string;
                    aboveScale?: "true" | "false";
                    /** @description part of the name, or the start of the credit code */
                    search?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterprisePage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{uscc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise: classification history, returns, revisions (404 outside scope) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an enterprise, or rule on its SEI classification from a month on; audited */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateEnterpriseBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file (.xlsx, .csv, .json) as application/octet-stream; starts an import job
         * @description All or nothing: a file with any problem writes nothing. `dryRun=true` reports what would be inserted, changed and left alone. Answers 202 with the job to poll, or with `wait=true` 200 with the finished job.
         */
        post: {
            parameters: {
                query: {
                    kind: "enterprises" | "returns" | "region-stats";
                    /** @description the name of the uploaded file (decides nothing alone: the bytes are checked) */
                    fileName: string;
                    /** @description report what would change, write nothing */
                    dryRun?: "true" | "false";
                    /** @description answer when the import has finished (scripts) */
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job of mine: progress, then the outcome */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The XLSX template of an import kind (Chinese headers with units, an example row, a 说明 sheet) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "enterprises" | "returns" | "region-stats";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import batches, newest first (the office sees all, others their own) */
        get: {
            parameters: {
                query?: {
                    kind?: "enterprises" | "returns" | "region-stats";
                    status?: "committed" | "rejected";
                    login?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportBatchList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import batch: counts, problems, the revisions it made */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportBatchDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/period-locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Locked periods */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeriodLockList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Lock a period (e.g. once published); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LockBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeriodLock"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/period-locks/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlock a period; audited */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/region-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Region totals: GDP, above-size industrial output and value added */
        get: {
            parameters: {
                query?: {
                    region?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionStatList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponseInput: {
            error: {
                /** @description stable machine-readable code, e.g. invalid_request, not_found */
                code: string;
                /** @description what went wrong, naming the field or row */
                message: string;
                details?: unknown;
            };
        };
        AuditEventInput: {
            id: number;
            at: string;
            userId: number | null;
            login: string;
            /** @description the person's name at the time */
            displayName: string | null;
            ip: string | null;
            action: string;
            entityType: string;
            entityId: string;
            before: unknown;
            after: unknown;
        };
        AuditEventPageInput: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["AuditEventInput"][];
        };
        RoleGrantInput: {
            /** @enum {string} */
            role: "admin" | "county" | "enterprise" | "expert" | "leader";
            /**
             * @description the county of a county role
             * @default null
             */
            regionCode: string | null;
            /**
             * @description the enterprise of an enterprise role
             * @default null
             */
            enterpriseUscc: string | null;
        };
        MeInput: {
            userId: number;
            login: string;
            displayName: string;
            roles: components["schemas"]["RoleGrantInput"][];
            /** @enum {string} */
            via: "session" | "token";
        };
        SessionInfoInput: {
            user: components["schemas"]["MeInput"];
            /** @description send it back as the x-csrf-token header on every change */
            csrfToken: string;
            expiresAt: string | null;
        };
        SessionStateInput: {
            /** @description null for an anonymous visitor */
            user: components["schemas"]["MeInput"] | null;
            csrfToken: string | null;
            expiresAt: string | null;
            /** @description why the session cookie sent no longer works, if one was sent */
            ended: ("unknown" | "expired" | "idle" | "revoked" | "disabled") | null;
        };
        LoginBodyInput: {
            login: string;
            password: string;
        };
        PasswordChangeBodyInput: {
            currentPassword: string;
            newPassword: string;
        };
        UserInput: {
            id: number;
            login: string;
            displayName: string;
            disabled: boolean;
            lockedUntil: string | null;
            roles: components["schemas"]["RoleGrantInput"][];
            createdAt: string;
            updatedAt: string;
        };
        UserListInput: {
            items: components["schemas"]["UserInput"][];
        };
        CreateUserBodyInput: {
            login: string;
            displayName: string;
            password: string;
            roles: components["schemas"]["RoleGrantInput"][];
        };
        UpdateUserBodyInput: {
            displayName?: string;
            disabled?: boolean;
            roles?: components["schemas"]["RoleGrantInput"][];
            /** @description sets a new password (a reset by the office) */
            password?: string;
        };
        ApiTokenInput: {
            id: number;
            name: string;
            /** @description the first characters, to recognise a token without showing it */
            prefix: string;
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        ApiTokenListInput: {
            items: components["schemas"]["ApiTokenInput"][];
        };
        NewApiTokenInput: {
            id: number;
            name: string;
            /** @description the first characters, to recognise a token without showing it */
            prefix: string;
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** @description the secret: shown this once, send it as Authorization: Bearer <token> */
            token: string;
        };
        CreateTokenBodyInput: {
            name: string;
            expiresInDays?: number;
        };
        LogoutEverywhereResultInput: {
            ended: number;
        };
        LocalizedNameInput: {
            zh: string;
            en: string;
        };
        RegionInput: {
            /** @description GB/T 2260 code, or a platform zone code such as 330400Z01 */
            code: string;
            name: components["schemas"]["LocalizedNameInput"];
            /** @enum {string} */
            kind: "city" | "district" | "county" | "county_city" | "development_zone" | "port_zone" | "new_area";
            parentCode: string | null;
            /** @description for zones: counted within their county, or beside it */
            reporting: ("within" | "beside") | null;
            note: string | null;
        };
        IndustryInput: {
            code: string;
            name: components["schemas"]["LocalizedNameInput"];
            /** @description the policy sentence that defines the industry */
            source: string;
            subsectors: {
                code: string;
                name: components["schemas"]["LocalizedNameInput"];
            }[];
            keyProducts: {
                code: string;
                name: components["schemas"]["LocalizedNameInput"];
                /** @enum {string} */
                tier: "key" | "active" | "upgrade" | "encouraged";
                subsectorCode: string | null;
            }[];
        };
        ClusterInput: {
            code: string;
            name: components["schemas"]["LocalizedNameInput"];
            regionCode: string;
            industryCode: string;
            /** @enum {string} */
            status: "existing" | "planned";
            note: string | null;
        };
        FocusIndustryInput: {
            regionCode: string;
            industryCodes: string[];
            /**
             * @description default: derived from the clusters, editable; stated: decided by the county
             * @enum {string}
             */
            basis: "default" | "stated";
            note: string | null;
        };
        IndicatorInput: {
            /** @enum {string} */
            code: "sei_output" | "sei_value_added" | "sei_output_share" | "sei_value_added_share_of_gdp" | "sei_rd_intensity";
            name: components["schemas"]["LocalizedNameInput"];
            /** @enum {string} */
            unit: "yuan" | "ratio";
            displayUnit: string;
            definition: components["schemas"]["LocalizedNameInput"];
        };
        TargetInput: {
            id: string;
            name: components["schemas"]["LocalizedNameInput"];
            /** @enum {string} */
            indicator: "sei_output" | "sei_value_added" | "sei_output_share" | "sei_value_added_share_of_gdp" | "sei_rd_intensity";
            /** @enum {string} */
            kind: "level" | "multiple" | "share" | "annual_growth" | "annual_change" | "ratio_floor";
            scope: {
                region: string | null;
                industry: string | null;
            };
            baseYear: number;
            targetYear: number;
            /** @description level, share and ratio_floor: the value to reach (yuan or a fraction) */
            value: number | null;
            /** @description multiple: how many times the base-year value */
            multiple: number | null;
            /** @description annual_growth: the yearly growth to keep (fraction) */
            growth: number | null;
            /** @description annual_change: the yearly change in points (fraction) */
            change: number | null;
            expectedValue: number | null;
            /** @enum {string} */
            comparator: "gte" | "gt";
            tolerance: number;
            /** @enum {string} */
            unit: "yuan" | "ratio";
            displayUnit: string;
            source: string;
        };
        CatalogueEntryInput: {
            code: string;
            year: number;
            industryCode: string;
            subsectorCode: string | null;
            name: components["schemas"]["LocalizedNameInput"];
            /** @enum {string} */
            tier: "key" | "active" | "upgrade" | "encouraged";
            keywords: string[];
            industryCodes: string[];
        };
        InstrumentsInput: {
            specialFund: {
                name: components["schemas"]["LocalizedNameInput"];
                regionCode: string;
                /** @description integer fen (分) */
                annualBudgetFen: number;
                countiesArrangeOwn: boolean;
                uses: {
                    code: string;
                    name: components["schemas"]["LocalizedNameInput"];
                }[];
                source: string;
            };
            taxRefund: {
                name: components["schemas"]["LocalizedNameInput"];
                schedule: {
                    years: number;
                    rate: number;
                }[];
                purpose: string;
                source: string;
            };
            land: {
                seiShareMin: number;
                source: string;
            };
        };
        AssessmentSchemeInput: {
            version: number;
            name: components["schemas"]["LocalizedNameInput"];
            source: string;
            criteria: {
                code: string;
                name: components["schemas"]["LocalizedNameInput"];
                indicator: string;
                weight: number;
                floor: number;
                target: number;
            }[];
        };
        PlanOverviewInput: {
            id: string;
            name: components["schemas"]["LocalizedNameInput"];
            /** @description increases each time a changed plan file is loaded */
            version: number;
            loadedAt: string;
            document: {
                issuer: string;
                number: string;
                title: string;
                issued: string;
            };
            baseYear: number;
            targetYear: number;
            regions: components["schemas"]["RegionInput"][];
            industries: components["schemas"]["IndustryInput"][];
            clusters: components["schemas"]["ClusterInput"][];
            focusIndustries: components["schemas"]["FocusIndustryInput"][];
            indicators: components["schemas"]["IndicatorInput"][];
            targets: components["schemas"]["TargetInput"][];
            instruments: components["schemas"]["InstrumentsInput"];
            assessmentScheme: components["schemas"]["AssessmentSchemeInput"];
        };
        CatalogueListInput: {
            year: number | null;
            items: components["schemas"]["CatalogueEntryInput"][];
        };
        PlanVersionInput: {
            version: number;
            contentHash: string;
            loadedAt: string;
            fileName: string;
        };
        PlanVersionListInput: {
            items: components["schemas"]["PlanVersionInput"][];
        };
        CountyInput: {
            code: string;
            name: components["schemas"]["LocalizedNameInput"];
            /** @enum {string} */
            kind: "district" | "county" | "county_city";
            zones: {
                code: string;
                name: components["schemas"]["LocalizedNameInput"];
                reporting: ("within" | "beside") | null;
            }[];
            focusIndustries: {
                industryCodes: string[];
                /** @enum {string} */
                basis: "default" | "stated";
                note: string | null;
            };
            clusters: {
                code: string;
                name: components["schemas"]["LocalizedNameInput"];
                industryCode: string;
                regionCode: string;
                /** @enum {string} */
                status: "existing" | "planned";
            }[];
        };
        CountyListInput: {
            items: components["schemas"]["CountyInput"][];
        };
        FocusIndustriesBodyInput: {
            /** @description one or two industry codes of the plan */
            industryCodes: string[];
            note?: string;
        };
        SeiShareVersionInput: {
            industryCode: string;
            share: number;
            /** @description first month it applies, 'YYYY-MM' ('1900-01': from the start) */
            validFrom: string;
            /** @description first month it no longer applies; null while current */
            validTo: string | null;
            /**
             * @description how it was decided: an import, a person, a catalogue match
             * @enum {string}
             */
            basis: "import" | "ruling" | "catalogue";
            catalogueEntryCode: string | null;
            note: string | null;
            decidedBy: string;
            createdAt: string;
        };
        EnterpriseSummaryInput: {
            uscc: string;
            name: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedNameInput"];
            /** @description GB/T 4754 */
            industryCode: string | null;
            aboveScale: boolean;
            tags: string[];
            /** @description the classification valid now */
            seiShares: {
                industryCode: string;
                share: number;
            }[];
            updatedAt: string;
        };
        EnterprisePageInput: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["EnterpriseSummaryInput"][];
        };
        ReturnFiguresInput: {
            /** @description 'YYYY-MM', year to date */
            period: string;
            outputValue: number | null;
            salesOutput: number | null;
            valueAdded: number | null;
            revenue: number | null;
            rdExpense: number | null;
            taxes: number | null;
            employees: number | null;
            energyTce: number | null;
            landMu: number | null;
            revision: number;
            updatedAt: string;
        };
        RevisionInput: {
            period: string;
            indicator: string;
            oldValue: number | null;
            newValue: number | null;
            batchId: number | null;
            revisedBy: string;
            revisedAt: string;
        };
        EnterpriseDetailInput: {
            uscc: string;
            name: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedNameInput"];
            /** @description GB/T 4754 */
            industryCode: string | null;
            aboveScale: boolean;
            tags: string[];
            /** @description the classification valid now */
            seiShares: {
                industryCode: string;
                share: number;
            }[];
            updatedAt: string;
            createdAt: string;
            seiShareHistory: components["schemas"]["SeiShareVersionInput"][];
            /** @description year-to-date returns as filed, newest first */
            returns: components["schemas"]["ReturnFiguresInput"][];
            /** @description every corrected figure with its old value */
            revisions: components["schemas"]["RevisionInput"][];
        };
        UpdateEnterpriseBodyInput: {
            name?: string;
            industryCode?: string | null;
            aboveScale?: boolean;
            tags?: ("龙头企业" | "专精特新" | "高新技术企业")[];
            /** @description a person's ruling on the SEI classification from a month on (the past keeps its own) */
            classification?: {
                validFrom: string;
                shares: {
                    industryCode: string;
                    share: number;
                }[];
                note?: string;
                catalogueEntryCode?: string;
            };
        };
        ImportProblemInput: {
            /** @description the row as Excel shows it (header row 1); null: the file as a whole */
            row: number | null;
            /** @description the header as the file wrote it */
            column: string | null;
            value: string | null;
            code: string;
            reason: {
                zh: string;
                en: string;
            };
        };
        ImportOutcomeInput: {
            batchId: number | null;
            /** @enum {string} */
            status: "committed" | "rejected" | "dry_run";
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            source: {
                format: string | null;
                sheet: string | null;
                otherSheets: string[];
                encoding: string | null;
                delimiter: string | null;
                headerRow: number | null;
            };
            columns: {
                key: string;
                header: string;
                unit: string | null;
            }[];
            dataRows: number;
            counts: {
                inserted: number;
                changed: number;
                unchanged: number;
            };
            problems: components["schemas"]["ImportProblemInput"][];
            problemCount: number;
            truncated: boolean;
            durationMs: number;
        };
        ImportJobInput: {
            id: string;
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            dryRun: boolean;
            /** @enum {string} */
            state: "running" | "done" | "failed";
            /** @description rows read so far */
            rows: number;
            /** @description problems found so far */
            problems: number;
            startedAt: string;
            finishedAt: string | null;
            outcome: components["schemas"]["ImportOutcomeInput"] | null;
            error: string | null;
        };
        ImportBatchInput: {
            id: number;
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            format: string;
            sourceDetail: string | null;
            /** @enum {string} */
            status: "committed" | "rejected";
            rowsTotal: number;
            inserted: number;
            changed: number;
            unchanged: number;
            problemCount: number;
            login: string;
            createdAt: string;
            durationMs: number;
        };
        ImportBatchListInput: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["ImportBatchInput"][];
        };
        ImportBatchDetailInput: {
            id: number;
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            format: string;
            sourceDetail: string | null;
            /** @enum {string} */
            status: "committed" | "rejected";
            rowsTotal: number;
            inserted: number;
            changed: number;
            unchanged: number;
            problemCount: number;
            login: string;
            createdAt: string;
            durationMs: number;
            problems: components["schemas"]["ImportProblemInput"][];
            revisions: {
                subject: string;
                subjectKey: string;
                period: string;
                indicator: string;
                oldValue: number | null;
                newValue: number | null;
            }[];
        };
        PeriodLockInput: {
            period: string;
            reason: string;
            lockedBy: string;
            lockedAt: string;
        };
        PeriodLockListInput: {
            items: components["schemas"]["PeriodLockInput"][];
        };
        LockBodyInput: {
            /** @description 2013, 2013Q2 or 2013-06 */
            period: string;
            reason: string;
        };
        RegionStatInput: {
            regionCode: string;
            period: string;
            gdp: number | null;
            industrialOutput: number | null;
            industrialValueAdded: number | null;
            revision: number;
            updatedAt: string;
        };
        RegionStatListInput: {
            items: components["schemas"]["RegionStatInput"][];
        };
        HealthInput: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "sqlite" | "postgres";
            /** @description id of the plan the platform runs; null when none is loaded */
            plan: string | null;
        };
        ErrorResponse: {
            error: {
                /** @description stable machine-readable code, e.g. invalid_request, not_found */
                code: string;
                /** @description what went wrong, naming the field or row */
                message: string;
                details?: unknown;
            };
        };
        AuditEvent: {
            id: number;
            at: string;
            userId: number | null;
            login: string;
            /** @description the person's name at the time */
            displayName: string | null;
            ip: string | null;
            action: string;
            entityType: string;
            entityId: string;
            before: unknown;
            after: unknown;
        };
        AuditEventPage: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["AuditEvent"][];
        };
        RoleGrant: {
            /** @enum {string} */
            role: "admin" | "county" | "enterprise" | "expert" | "leader";
            /**
             * @description the county of a county role
             * @default null
             */
            regionCode: string | null;
            /**
             * @description the enterprise of an enterprise role
             * @default null
             */
            enterpriseUscc: string | null;
        };
        Me: {
            userId: number;
            login: string;
            displayName: string;
            roles: components["schemas"]["RoleGrant"][];
            /** @enum {string} */
            via: "session" | "token";
        };
        SessionInfo: {
            user: components["schemas"]["Me"];
            /** @description send it back as the x-csrf-token header on every change */
            csrfToken: string;
            expiresAt: string | null;
        };
        SessionState: {
            /** @description null for an anonymous visitor */
            user: components["schemas"]["Me"] | null;
            csrfToken: string | null;
            expiresAt: string | null;
            /** @description why the session cookie sent no longer works, if one was sent */
            ended: ("unknown" | "expired" | "idle" | "revoked" | "disabled") | null;
        };
        LoginBody: {
            login: string;
            password: string;
        };
        PasswordChangeBody: {
            currentPassword: string;
            newPassword: string;
        };
        User: {
            id: number;
            login: string;
            displayName: string;
            disabled: boolean;
            lockedUntil: string | null;
            roles: components["schemas"]["RoleGrant"][];
            createdAt: string;
            updatedAt: string;
        };
        UserList: {
            items: components["schemas"]["User"][];
        };
        CreateUserBody: {
            login: string;
            displayName: string;
            password: string;
            roles: components["schemas"]["RoleGrant"][];
        };
        UpdateUserBody: {
            displayName?: string;
            disabled?: boolean;
            roles?: components["schemas"]["RoleGrant"][];
            /** @description sets a new password (a reset by the office) */
            password?: string;
        };
        ApiToken: {
            id: number;
            name: string;
            /** @description the first characters, to recognise a token without showing it */
            prefix: string;
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        ApiTokenList: {
            items: components["schemas"]["ApiToken"][];
        };
        NewApiToken: {
            id: number;
            name: string;
            /** @description the first characters, to recognise a token without showing it */
            prefix: string;
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** @description the secret: shown this once, send it as Authorization: Bearer <token> */
            token: string;
        };
        CreateTokenBody: {
            name: string;
            expiresInDays?: number;
        };
        LogoutEverywhereResult: {
            ended: number;
        };
        LocalizedName: {
            zh: string;
            en: string;
        };
        Region: {
            /** @description GB/T 2260 code, or a platform zone code such as 330400Z01 */
            code: string;
            name: components["schemas"]["LocalizedName"];
            /** @enum {string} */
            kind: "city" | "district" | "county" | "county_city" | "development_zone" | "port_zone" | "new_area";
            parentCode: string | null;
            /** @description for zones: counted within their county, or beside it */
            reporting: ("within" | "beside") | null;
            note: string | null;
        };
        Industry: {
            code: string;
            name: components["schemas"]["LocalizedName"];
            /** @description the policy sentence that defines the industry */
            source: string;
            subsectors: {
                code: string;
                name: components["schemas"]["LocalizedName"];
            }[];
            keyProducts: {
                code: string;
                name: components["schemas"]["LocalizedName"];
                /** @enum {string} */
                tier: "key" | "active" | "upgrade" | "encouraged";
                subsectorCode: string | null;
            }[];
        };
        Cluster: {
            code: string;
            name: components["schemas"]["LocalizedName"];
            regionCode: string;
            industryCode: string;
            /** @enum {string} */
            status: "existing" | "planned";
            note: string | null;
        };
        FocusIndustry: {
            regionCode: string;
            industryCodes: string[];
            /**
             * @description default: derived from the clusters, editable; stated: decided by the county
             * @enum {string}
             */
            basis: "default" | "stated";
            note: string | null;
        };
        Indicator: {
            /** @enum {string} */
            code: "sei_output" | "sei_value_added" | "sei_output_share" | "sei_value_added_share_of_gdp" | "sei_rd_intensity";
            name: components["schemas"]["LocalizedName"];
            /** @enum {string} */
            unit: "yuan" | "ratio";
            displayUnit: string;
            definition: components["schemas"]["LocalizedName"];
        };
        Target: {
            id: string;
            name: components["schemas"]["LocalizedName"];
            /** @enum {string} */
            indicator: "sei_output" | "sei_value_added" | "sei_output_share" | "sei_value_added_share_of_gdp" | "sei_rd_intensity";
            /** @enum {string} */
            kind: "level" | "multiple" | "share" | "annual_growth" | "annual_change" | "ratio_floor";
            scope: {
                region: string | null;
                industry: string | null;
            };
            baseYear: number;
            targetYear: number;
            /** @description level, share and ratio_floor: the value to reach (yuan or a fraction) */
            value: number | null;
            /** @description multiple: how many times the base-year value */
            multiple: number | null;
            /** @description annual_growth: the yearly growth to keep (fraction) */
            growth: number | null;
            /** @description annual_change: the yearly change in points (fraction) */
            change: number | null;
            expectedValue: number | null;
            /** @enum {string} */
            comparator: "gte" | "gt";
            tolerance: number;
            /** @enum {string} */
            unit: "yuan" | "ratio";
            displayUnit: string;
            source: string;
        };
        CatalogueEntry: {
            code: string;
            year: number;
            industryCode: string;
            subsectorCode: string | null;
            name: components["schemas"]["LocalizedName"];
            /** @enum {string} */
            tier: "key" | "active" | "upgrade" | "encouraged";
            keywords: string[];
            industryCodes: string[];
        };
        Instruments: {
            specialFund: {
                name: components["schemas"]["LocalizedName"];
                regionCode: string;
                /** @description integer fen (分) */
                annualBudgetFen: number;
                countiesArrangeOwn: boolean;
                uses: {
                    code: string;
                    name: components["schemas"]["LocalizedName"];
                }[];
                source: string;
            };
            taxRefund: {
                name: components["schemas"]["LocalizedName"];
                schedule: {
                    years: number;
                    rate: number;
                }[];
                purpose: string;
                source: string;
            };
            land: {
                seiShareMin: number;
                source: string;
            };
        };
        AssessmentScheme: {
            version: number;
            name: components["schemas"]["LocalizedName"];
            source: string;
            criteria: {
                code: string;
                name: components["schemas"]["LocalizedName"];
                indicator: string;
                weight: number;
                floor: number;
                target: number;
            }[];
        };
        PlanOverview: {
            id: string;
            name: components["schemas"]["LocalizedName"];
            /** @description increases each time a changed plan file is loaded */
            version: number;
            loadedAt: string;
            document: {
                issuer: string;
                number: string;
                title: string;
                issued: string;
            };
            baseYear: number;
            targetYear: number;
            regions: components["schemas"]["Region"][];
            industries: components["schemas"]["Industry"][];
            clusters: components["schemas"]["Cluster"][];
            focusIndustries: components["schemas"]["FocusIndustry"][];
            indicators: components["schemas"]["Indicator"][];
            targets: components["schemas"]["Target"][];
            instruments: components["schemas"]["Instruments"];
            assessmentScheme: components["schemas"]["AssessmentScheme"];
        };
        CatalogueList: {
            year: number | null;
            items: components["schemas"]["CatalogueEntry"][];
        };
        PlanVersion: {
            version: number;
            contentHash: string;
            loadedAt: string;
            fileName: string;
        };
        PlanVersionList: {
            items: components["schemas"]["PlanVersion"][];
        };
        County: {
            code: string;
            name: components["schemas"]["LocalizedName"];
            /** @enum {string} */
            kind: "district" | "county" | "county_city";
            zones: {
                code: string;
                name: components["schemas"]["LocalizedName"];
                reporting: ("within" | "beside") | null;
            }[];
            focusIndustries: {
                industryCodes: string[];
                /** @enum {string} */
                basis: "default" | "stated";
                note: string | null;
            };
            clusters: {
                code: string;
                name: components["schemas"]["LocalizedName"];
                industryCode: string;
                regionCode: string;
                /** @enum {string} */
                status: "existing" | "planned";
            }[];
        };
        CountyList: {
            items: components["schemas"]["County"][];
        };
        FocusIndustriesBody: {
            /** @description one or two industry codes of the plan */
            industryCodes: string[];
            note?: string;
        };
        SeiShareVersion: {
            industryCode: string;
            share: number;
            /** @description first month it applies, 'YYYY-MM' ('1900-01': from the start) */
            validFrom: string;
            /** @description first month it no longer applies; null while current */
            validTo: string | null;
            /**
             * @description how it was decided: an import, a person, a catalogue match
             * @enum {string}
             */
            basis: "import" | "ruling" | "catalogue";
            catalogueEntryCode: string | null;
            note: string | null;
            decidedBy: string;
            createdAt: string;
        };
        EnterpriseSummary: {
            uscc: string;
            name: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedName"];
            /** @description GB/T 4754 */
            industryCode: string | null;
            aboveScale: boolean;
            tags: string[];
            /** @description the classification valid now */
            seiShares: {
                industryCode: string;
                share: number;
            }[];
            updatedAt: string;
        };
        EnterprisePage: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["EnterpriseSummary"][];
        };
        ReturnFigures: {
            /** @description 'YYYY-MM', year to date */
            period: string;
            outputValue: number | null;
            salesOutput: number | null;
            valueAdded: number | null;
            revenue: number | null;
            rdExpense: number | null;
            taxes: number | null;
            employees: number | null;
            energyTce: number | null;
            landMu: number | null;
            revision: number;
            updatedAt: string;
        };
        Revision: {
            period: string;
            indicator: string;
            oldValue: number | null;
            newValue: number | null;
            batchId: number | null;
            revisedBy: string;
            revisedAt: string;
        };
        EnterpriseDetail: {
            uscc: string;
            name: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedName"];
            /** @description GB/T 4754 */
            industryCode: string | null;
            aboveScale: boolean;
            tags: string[];
            /** @description the classification valid now */
            seiShares: {
                industryCode: string;
                share: number;
            }[];
            updatedAt: string;
            createdAt: string;
            seiShareHistory: components["schemas"]["SeiShareVersion"][];
            /** @description year-to-date returns as filed, newest first */
            returns: components["schemas"]["ReturnFigures"][];
            /** @description every corrected figure with its old value */
            revisions: components["schemas"]["Revision"][];
        };
        UpdateEnterpriseBody: {
            name?: string;
            industryCode?: string | null;
            aboveScale?: boolean;
            tags?: ("龙头企业" | "专精特新" | "高新技术企业")[];
            /** @description a person's ruling on the SEI classification from a month on (the past keeps its own) */
            classification?: {
                validFrom: string;
                shares: {
                    industryCode: string;
                    share: number;
                }[];
                note?: string;
                catalogueEntryCode?: string;
            };
        };
        ImportProblem: {
            /** @description the row as Excel shows it (header row 1); null: the file as a whole */
            row: number | null;
            /** @description the header as the file wrote it */
            column: string | null;
            value: string | null;
            code: string;
            reason: {
                zh: string;
                en: string;
            };
        };
        ImportOutcome: {
            batchId: number | null;
            /** @enum {string} */
            status: "committed" | "rejected" | "dry_run";
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            source: {
                format: string | null;
                sheet: string | null;
                otherSheets: string[];
                encoding: string | null;
                delimiter: string | null;
                headerRow: number | null;
            };
            columns: {
                key: string;
                header: string;
                unit: string | null;
            }[];
            dataRows: number;
            counts: {
                inserted: number;
                changed: number;
                unchanged: number;
            };
            problems: components["schemas"]["ImportProblem"][];
            problemCount: number;
            truncated: boolean;
            durationMs: number;
        };
        ImportJob: {
            id: string;
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            dryRun: boolean;
            /** @enum {string} */
            state: "running" | "done" | "failed";
            /** @description rows read so far */
            rows: number;
            /** @description problems found so far */
            problems: number;
            startedAt: string;
            finishedAt: string | null;
            outcome: components["schemas"]["ImportOutcome"] | null;
            error: string | null;
        };
        ImportBatch: {
            id: number;
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            format: string;
            sourceDetail: string | null;
            /** @enum {string} */
            status: "committed" | "rejected";
            rowsTotal: number;
            inserted: number;
            changed: number;
            unchanged: number;
            problemCount: number;
            login: string;
            createdAt: string;
            durationMs: number;
        };
        ImportBatchList: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["ImportBatch"][];
        };
        ImportBatchDetail: {
            id: number;
            /** @enum {string} */
            kind: "enterprises" | "returns" | "region-stats";
            fileName: string;
            format: string;
            sourceDetail: string | null;
            /** @enum {string} */
            status: "committed" | "rejected";
            rowsTotal: number;
            inserted: number;
            changed: number;
            unchanged: number;
            problemCount: number;
            login: string;
            createdAt: string;
            durationMs: number;
            problems: components["schemas"]["ImportProblem"][];
            revisions: {
                subject: string;
                subjectKey: string;
                period: string;
                indicator: string;
                oldValue: number | null;
                newValue: number | null;
            }[];
        };
        PeriodLock: {
            period: string;
            reason: string;
            lockedBy: string;
            lockedAt: string;
        };
        PeriodLockList: {
            items: components["schemas"]["PeriodLock"][];
        };
        LockBody: {
            /** @description 2013, 2013Q2 or 2013-06 */
            period: string;
            reason: string;
        };
        RegionStat: {
            regionCode: string;
            period: string;
            gdp: number | null;
            industrialOutput: number | null;
            industrialValueAdded: number | null;
            revision: number;
            updatedAt: string;
        };
        RegionStatList: {
            items: components["schemas"]["RegionStat"][];
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "sqlite" | "postgres";
            /** @description id of the plan the platform runs; null when none is loaded */
            plan: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
