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
    "/api/v1/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every target's progress at a period, for the city or a county (targets broken down) */
        get: {
            parameters: {
                query?: {
                    /** @description 2013, 2013Q2 or 2013-06; default: the last year with data */
                    period?: string;
                    /** @description GB/T 2260 code; default the city. A county shows the targets broken down */
                    region?: string;
                    /** @description a plan industry code: only that industry's targets */
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
                        "application/json": {
                            period: string;
                            region: string;
                            industry: string | null;
                            items: {
                                target: string;
                                /** @enum {string} */
                                kind: "level" | "multiple" | "share" | "annual_growth" | "annual_change" | "ratio_floor";
                                indicator: string;
                                scope: {
                                    region: string | null;
                                    industry: string | null;
                                };
                                /** @enum {string} */
                                unit: "yuan" | "ratio";
                                actual: number | null;
                                trajectory: number | null;
                                target_value: number | null;
                                target_year: number;
                                /** @enum {string} */
                                status: "on_track" | "at_risk" | "off_track" | "met" | "no_data";
                                required_annual_growth: number | null;
                                forecast: number | null;
                                forecast_years: {
                                    from: number;
                                    to: number;
                                } | null;
                                year_to_date: {
                                    /** @enum {string} */
                                    measure: "growth" | "points";
                                    change: number | null;
                                    required: number | null;
                                } | null;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                basis: ("region_stats" | "returns") | null;
                                cascade: {
                                    /** @enum {string} */
                                    basis: "plan" | "proportional" | "same_rule";
                                    city_value: number | null;
                                    weight: number | null;
                                } | null;
                            }[];
                        };
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
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures (year to date, with the same point a year earlier and comparable growth) from the cube */
        get: {
            parameters: {
                query: {
                    /** @description 2013, 2013Q2 or 2013-06 */
                    period: string;
                    /** @description comma-separated region codes; default the city */
                    regions?: string;
                    /** @description comma-separated: plan industry codes, 'sei', 'all' */
                    industries?: string;
                    /** @description comma-separated figure codes: output_value, sales_output, value_added, revenue, rd_expense, taxes, employees, energy_tce, land_mu, output_share, value_added_share_of_gdp, rd_intensity */
                    codes?: string;
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
                        "application/json": {
                            items: {
                                region: string;
                                industry: string;
                                code: string;
                                period: string;
                                /** @enum {string} */
                                unit: "yuan" | "ratio" | "tce" | "persons" | "mu";
                                value: number | null;
                                lastYear: number | null;
                                growth: number | null;
                                comparable: {
                                    current: number;
                                    base: number;
                                } | null;
                                enterprises: number;
                                basis: ("region_stats" | "returns") | null;
                            }[];
                        };
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
    "/api/v1/figures/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One figure over a range of years, quarters or months */
        get: {
            parameters: {
                query: {
                    region?: string;
                    industry?: string;
                    code: string;
                    /** @description first period, e.g. 2010 or 2012-01 */
                    from: string;
                    /** @description last period of the same kind */
                    to: string;
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
                        "application/json": {
                            items: {
                                region: string;
                                industry: string;
                                code: string;
                                period: string;
                                /** @enum {string} */
                                unit: "yuan" | "ratio" | "tce" | "persons" | "mu";
                                value: number | null;
                                lastYear: number | null;
                                growth: number | null;
                                comparable: {
                                    current: number;
                                    base: number;
                                } | null;
                                enterprises: number;
                                basis: ("region_stats" | "returns") | null;
                            }[];
                        };
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
    "/api/v1/figures/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One figure for each county and zone the caller may read (the map) */
        get: {
            parameters: {
                query: {
                    period: string;
                    industry?: string;
                    code?: string;
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
                        "application/json": {
                            items: {
                                region: string;
                                industry: string;
                                code: string;
                                period: string;
                                /** @enum {string} */
                                unit: "yuan" | "ratio" | "tce" | "persons" | "mu";
                                value: number | null;
                                lastYear: number | null;
                                growth: number | null;
                                comparable: {
                                    current: number;
                                    base: number;
                                } | null;
                                enterprises: number;
                                basis: ("region_stats" | "returns") | null;
                            }[];
                        };
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
    "/api/v1/figures/contributors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprises behind a change: attributed figure now and a year earlier, largest change first */
        get: {
            parameters: {
                query: {
                    period: string;
                    region?: string;
                    /** @description a plan industry code or 'sei' (default) */
                    industry?: string;
                    /** @description a measure, default output_value */
                    code?: string;
                    limit?: number;
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
                        "application/json": {
                            period: string;
                            total: {
                                value: number;
                                lastYear: number;
                                change: number;
                            };
                            items: {
                                uscc: string;
                                name: string;
                                region: string;
                                share: number;
                                value: number | null;
                                lastYear: number | null;
                                change: number;
                            }[];
                        };
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
    "/api/v1/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Early warnings: targets that moved to at_risk or off_track at the period, with the figure */
        get: {
            parameters: {
                query?: {
                    period?: string;
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
                        "application/json": {
                            period: string;
                            items: {
                                target: string;
                                targetName: {
                                    zh: string;
                                    en: string;
                                };
                                region: string;
                                regionName: {
                                    zh: string;
                                    en: string;
                                };
                                industry: string | null;
                                /** @enum {string} */
                                status: "at_risk" | "off_track";
                                /** @enum {string} */
                                previousStatus: "on_track" | "at_risk" | "off_track" | "met" | "no_data";
                                period: string;
                                previousPeriod: string;
                                actual: number | null;
                                trajectory: number | null;
                                /** @enum {string} */
                                unit: "yuan" | "ratio";
                                figure: string;
                            }[];
                        };
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
    "/api/v1/targets/{id}/cascade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A city amount target broken down to county × industry × year (stated in the plan or proportional) */
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
                        "application/json": {
                            target: string;
                            name: {
                                zh: string;
                                en: string;
                            };
                            kind: string;
                            baseYear: number;
                            targetYear: number;
                            cityValue: number | null;
                            rows: {
                                region: string;
                                regionName: {
                                    zh: string;
                                    en: string;
                                };
                                industry: string | null;
                                base: number | null;
                                weight: number | null;
                                value: number | null;
                                /** @enum {string} */
                                basis: "plan" | "proportional";
                                trajectory: {
                                    year: number;
                                    value: number;
                                }[];
                            }[];
                        };
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
    "/api/v1/exports/table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A table the page shows (a chart's data) as an Excel workbook */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        columns: {
                            key: string;
                            title: string;
                            unit?: string;
                        }[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
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
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's major-project list (重大项目), measured at a month; ?format=xlsx downloads it */
        get: {
            parameters: {
                query: {
                    /** @description the list year */
                    year: number;
                    /** @description as of the end of this month; default December */
                    month?: number;
                    region?: string;
                    industry?: string;
                    /** @description reserve 储备 · signed 签约 · started 开工 · completed 竣工 · producing 投产 */
                    stage?: "reserve" | "signed" | "started" | "completed" | "producing";
                    /** @description only projects with this mark (any: either) */
                    flag?: "red" | "yellow" | "any";
                    /** @description 应开工未开工 / 应竣工未竣工 */
                    overdue?: "start" | "completion";
                    search?: string;
                    /** @description xlsx: an Excel download of the list */
                    format?: "json" | "xlsx";
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
                        "application/json": components["schemas"]["ProjectList"];
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
        /** Put a project on a year’s list (a county officer: in their county); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDetail"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project: stage timeline, monthly progress, its problems (404 outside scope) */
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
                        "application/json": components["schemas"]["ProjectDetail"];
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
        /** Edit a project’s data (not its stages: those are events); audited */
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
                    "application/json": components["schemas"]["ProjectPatchInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDetail"];
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
    "/api/v1/projects/{id}/stage-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a stage reached on a day (a new event; history is never edited) */
        post: {
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
                    "application/json": components["schemas"]["StageEventBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDetail"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/progress/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The monthly progress return of a project by form (investment this month, 形象进度, problems) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProgressBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDetail"];
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
    "/api/v1/project-progress/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import monthly progress returns from a file (.xlsx, .csv, .json) sent as application/octet-stream
         * @description All or nothing: any problem (row, column, value, reason) and nothing is written. `dryRun=true` reports the counts only.
         */
        post: {
            parameters: {
                query: {
                    fileName: string;
                    dryRun?: "true" | "false";
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
                        "application/json": components["schemas"]["ProgressImportOutcome"];
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
    "/api/v1/project-progress/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The XLSX template of the monthly progress import */
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
                        "application/json": unknown;
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
    "/api/v1/project-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start and production rates, 时序进度, marks and the funnel of a list year, by county and industry */
        get: {
            parameters: {
                query: {
                    year: number;
                    month?: number;
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
                        "application/json": components["schemas"]["ProjectMeasures"];
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
    "/api/v1/project-leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Investment-attraction leads (招商线索) within the caller’s scope; ?format=xlsx downloads them */
        get: {
            parameters: {
                query?: {
                    region?: string;
                    kind?: "fortune500" | "multinational" | "central_soe" | "industry_leader" | "research_institute";
                    stage?: "contact" | "negotiating" | "signed" | "converted" | "dropped";
                    /** @description xlsx: an Excel download of the list */
                    format?: "json" | "xlsx";
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
                        "application/json": components["schemas"]["LeadList"];
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
        /** Add a lead; audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LeadBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectLead"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/project-leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a lead on (stage, owner, next step); audited */
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
                    "application/json": components["schemas"]["LeadPatchInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectLead"];
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
    "/api/v1/project-leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert a lead into a project; the project keeps the link */
        post: {
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
                    "application/json": components["schemas"]["ConvertLeadBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDetail"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination-problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Major problems for coordination (协调解决重大问题), overdue ones flagged; ?format=xlsx downloads them */
        get: {
            parameters: {
                query?: {
                    region?: string;
                    status?: "open" | "in_progress" | "resolved";
                    overdue?: "true" | "false";
                    projectId?: number;
                    /** @description xlsx: an Excel download of the list */
                    format?: "json" | "xlsx";
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
                        "application/json": components["schemas"]["ProblemList"];
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
        /** Raise a problem, for a project or a county; audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProblemBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoordinationProblem"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination-problems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assign to a department with a due date, progress or resolve a problem; audited */
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
                    "application/json": components["schemas"]["ProblemPatchInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoordinationProblem"];
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
    "/api/v1/coordination-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office’s coordination meetings, newest first */
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
                        "application/json": components["schemas"]["MeetingList"];
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
        /** Record a meeting: attendees, decisions, problems discussed and their follow-ups (the office) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingDetail"];
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
    "/api/v1/coordination-meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting, with the previous meeting’s follow-up list checked on its date */
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
                        "application/json": components["schemas"]["MeetingDetail"];
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
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessment runs (every version), newest first; a county officer sees those on notice or published */
        get: {
            parameters: {
                query?: {
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
                        "application/json": components["schemas"]["AssessmentList"];
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
        /** Compute a new version of a year’s assessment as a draft (withdraws an open draft or notice); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ComputeAssessmentBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentDetail"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One run: ranking, scores per criterion with their why, notice, objections, what blocks publishing */
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
                        "application/json": components["schemas"]["AssessmentDetail"];
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
    "/api/v1/assessments/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Differences from another version (default: the previous one): score, rank and actuals per county */
        get: {
            parameters: {
                query?: {
                    /** @description default: the previous version of the same year */
                    against?: number;
                };
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
                        "application/json": components["schemas"]["AssessmentDiff"];
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
    "/api/v1/assessments/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a draft on public notice (公示) for N days from now; audited */
        post: {
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
                    "application/json": components["schemas"]["AssessmentNoticeBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentDetail"];
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
    "/api/v1/assessments/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A county objects to its result during the notice window, with a reason; audited */
        post: {
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
                    "application/json": components["schemas"]["AssessmentObjectionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentDetail"];
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
    "/api/v1/assessments/{id}/objections/{objectionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The office answers an objection (once); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    objectionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentAnswerBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentDetail"];
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
    "/api/v1/assessments/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish after the notice window, every objection answered (409 naming what blocks it); audited */
        post: {
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
                        "application/json": components["schemas"]["AssessmentDetail"];
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
    "/api/v1/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bulletins, newest period first (the office sees drafts; leaders and counties published ones) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "reviewed" | "published";
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
                        "application/json": components["schemas"]["BulletinList"];
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
        /** Generate a draft bulletin of a period (text, tables, charts, warnings; PDF, DOCX and XLSX) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateBulletinBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulletinDetail"];
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
    "/api/v1/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulletin with its model: every number of the text refers to a figure (region, industry, code, period) */
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
                        "application/json": components["schemas"]["BulletinDetail"];
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
    "/api/v1/bulletins/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Regenerate from the current figures: a new version, back to draft */
        post: {
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
                        "application/json": components["schemas"]["BulletinDetail"];
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
    "/api/v1/bulletins/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a draft as reviewed (审核) */
        post: {
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
                        "application/json": components["schemas"]["BulletinDetail"];
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
    "/api/v1/bulletins/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a reviewed bulletin: snapshot its figures for the open data, lock the periods it used */
        post: {
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
                        "application/json": components["schemas"]["BulletinDetail"];
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
    "/api/v1/bulletins/{id}/files/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored file of the current version: pdf, docx or xlsx */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    format: "pdf" | "docx" | "xlsx";
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
    "/api/v1/liaison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The leading group, its office, and which city leader liaises which industry */
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
                        "application/json": components["schemas"]["Liaison"];
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
        /** Replace the leading group, its members and the industry liaisons (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LiaisonBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Liaison"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/v1/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Index of the open data: published bulletins to download and the published figures */
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
                        "application/json": components["schemas"]["OpenIndex"];
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
    "/open/v1/bulletins/{id}/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published bulletin as pdf, docx or xlsx (404 for anything not published) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    format: "pdf" | "docx" | "xlsx";
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
    "/open/v1/indicators.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published figures as CSV (UTF-8 with BOM): one observation a line, Chinese and English labels */
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
                        "application/json": string;
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
    "/open/v1/indicators.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published figures as a JSON-stat 2.0 dataset: region × industry × indicator × period
         * @description Labels in Chinese (default) or English (`lang=en`); the other language is under each dimension’s `extension`.
         */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
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
                        "application/json": unknown;
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
        /**
         * @description draft → on_notice (公示) → published; a published run becomes superseded when a newer version of the year is published; a draft or a run on notice becomes withdrawn when a newer version is computed
         * @enum {string}
         */
        AssessmentStatusInput: "draft" | "on_notice" | "published" | "superseded" | "withdrawn";
        AssessmentCriterionInput: {
            code: string;
            name: components["schemas"]["LocalizedNameInput"];
            /** @description how the actual is found: sei_output_growth, sei_output_share, … */
            indicator: string;
            weight: number;
            floor: number;
            target: number;
        };
        AssessmentActualSourceInput: {
            /** @enum {string} */
            kind: "figures" | "custom";
            period: string;
            /** @description the figure code read (readFigures), e.g. output_value */
            figure: string | null;
            /** @enum {string} */
            measure: "growth" | "value";
            /** @description 'sei' or the county's focus industries */
            industries: string[];
            /** @description comparable sum now (yuan), behind a growth */
            current: number | null;
            /** @description comparable sum a year earlier (yuan), behind a growth */
            base: number | null;
            value: number | null;
            lastYear: number | null;
            enterprises: number;
            basis: ("region_stats" | "returns") | null;
            missing: ("no_figure" | "no_base" | "no_focus_industries") | null;
        };
        AssessmentCriterionScoreInput: {
            criterionCode: string;
            /** @description null: no data — 0 points */
            actual: number | null;
            points: number;
            source: components["schemas"]["AssessmentActualSourceInput"];
            /** @description the actual, where it came from and how it scored, in words */
            why: components["schemas"]["LocalizedNameInput"];
        };
        AssessmentCountyResultInput: {
            regionCode: string;
            name: components["schemas"]["LocalizedNameInput"];
            total: number;
            rank: number;
            position: number;
            scores: components["schemas"]["AssessmentCriterionScoreInput"][];
        };
        AssessmentObjectionInput: {
            id: number;
            regionCode: string;
            regionName: components["schemas"]["LocalizedNameInput"];
            criterionCode: string | null;
            reason: string;
            filedBy: string;
            filedByName: string | null;
            filedAt: string;
            answer: string | null;
            answeredBy: string | null;
            answeredByName: string | null;
            answeredAt: string | null;
        };
        AssessmentNoticeInput: {
            days: number;
            start: string;
            end: string;
            /** @description the window is open now: counties may object */
            open: boolean;
        };
        AssessmentSummaryInput: {
            id: number;
            year: number;
            version: number;
            schemeVersion: number;
            status: components["schemas"]["AssessmentStatusInput"];
            computedAt: string;
            computedBy: string;
            publishedAt: string | null;
            publishedBy: string | null;
            notice: components["schemas"]["AssessmentNoticeInput"] | null;
        };
        AssessmentDetailInput: {
            id: number;
            year: number;
            version: number;
            schemeVersion: number;
            status: components["schemas"]["AssessmentStatusInput"];
            computedAt: string;
            computedBy: string;
            publishedAt: string | null;
            publishedBy: string | null;
            notice: components["schemas"]["AssessmentNoticeInput"] | null;
            planId: string;
            criteria: components["schemas"]["AssessmentCriterionInput"][];
            ranking: components["schemas"]["AssessmentCountyResultInput"][];
            /** @description all of them for the office and leaders; a county officer's own county's */
            objections: components["schemas"]["AssessmentObjectionInput"][];
            previousVersionId: number | null;
            /** @description why it cannot be published now (empty: it can) */
            publishBlockers: ("not_on_notice" | "notice_open" | "objections_unanswered")[];
        };
        AssessmentListInput: {
            items: components["schemas"]["AssessmentSummaryInput"][];
        };
        ComputeAssessmentBodyInput: {
            year: number;
            /** @description default: the newest scheme version loaded */
            schemeVersion?: number;
        };
        AssessmentNoticeBodyInput: {
            /** @description length of the public notice (公示) in days */
            days: number;
        };
        AssessmentObjectionBodyInput: {
            /** @description the objecting county; default: the officer's own county */
            regionCode?: string;
            /** @description the criterion objected to; absent: the result as a whole */
            criterionCode?: string;
            reason: string;
        };
        AssessmentAnswerBodyInput: {
            answer: string;
        };
        AssessmentDiffInput: {
            from: {
                id: number;
                version: number;
                schemeVersion: number;
                status: components["schemas"]["AssessmentStatusInput"];
            };
            to: {
                id: number;
                version: number;
                schemeVersion: number;
                status: components["schemas"]["AssessmentStatusInput"];
            };
            schemeChanged: boolean;
            counties: {
                regionCode: string;
                name: components["schemas"]["LocalizedNameInput"];
                totalBefore: number | null;
                totalAfter: number | null;
                totalChange: number | null;
                rankBefore: number | null;
                rankAfter: number | null;
                /** @description positive: moved up */
                rankChange: number | null;
                criteria: {
                    criterionCode: string;
                    actualBefore: number | null;
                    actualAfter: number | null;
                    actualChange: number | null;
                    pointsBefore: number | null;
                    pointsAfter: number | null;
                }[];
            }[];
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
        BulletinSentenceInput: {
            segments: ({
                /** @constant */
                kind: "text";
                text: string;
            } | {
                /** @constant */
                kind: "figure";
                /** @description figure id: region|industry|code|period */
                figure: string;
                /** @enum {string} */
                field: "value" | "growth" | "lastYear";
                text: string;
            })[];
        };
        BulletinFigureInput: {
            id: string;
            region: string;
            industry: string;
            code: string;
            period: string;
            /** @enum {string} */
            unit: "yuan" | "ratio" | "tce" | "persons" | "mu";
            value: number | null;
            lastYear: number | null;
            growth: number | null;
        };
        BulletinModelInput: {
            title: string;
            period: string;
            /** @enum {string} */
            periodKind: "year" | "quarter" | "month";
            periodLabel: string;
            regionCode: string;
            regionName: string;
            generatedAt: string;
            headline: components["schemas"]["BulletinSentenceInput"];
            overview: components["schemas"]["BulletinSentenceInput"][];
            industries: {
                industry: string;
                nameZh: string;
                liaison: {
                    leaderName: string;
                    leaderTitleZh: string;
                } | null;
                sentences: components["schemas"]["BulletinSentenceInput"][];
            }[];
            counties: components["schemas"]["BulletinSentenceInput"][];
            tables: {
                title: string;
                columns: string[];
                rows: {
                    text: string;
                    figure?: {
                        id: string;
                        /** @enum {string} */
                        field: "value" | "growth" | "lastYear";
                    };
                }[][];
            }[];
            charts: {
                title: string;
                unit: string;
                bars: {
                    label: string;
                    value: number;
                    figure: string;
                    /** @enum {string} */
                    field: "value" | "growth" | "lastYear";
                }[];
            }[];
            warnings: {
                text: string;
                status: string;
                region: string;
                industry: string | null;
            }[];
            assessment: {
                published: {
                    year: number;
                    version: number | null;
                    rows: {
                        rank: number;
                        regionCode: string;
                        regionName: string;
                        total: number;
                    }[];
                } | null;
            } | null;
            leadingGroup: {
                nameZh: string;
                officeZh: string;
            } | null;
            /** @description every figure the text, tables and charts show, by id */
            figures: {
                [key: string]: components["schemas"]["BulletinFigureInput"];
            };
        };
        BulletinSummaryInput: {
            id: number;
            period: string;
            /** @enum {string} */
            periodKind: "year" | "quarter" | "month";
            regionCode: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "reviewed" | "published";
            version: number;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            reviewedBy: string | null;
            reviewedAt: string | null;
            publishedBy: string | null;
            publishedAt: string | null;
        };
        BulletinDetailInput: {
            id: number;
            period: string;
            /** @enum {string} */
            periodKind: "year" | "quarter" | "month";
            regionCode: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "reviewed" | "published";
            version: number;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            reviewedBy: string | null;
            reviewedAt: string | null;
            publishedBy: string | null;
            publishedAt: string | null;
            model: components["schemas"]["BulletinModelInput"];
            files: {
                /** @enum {string} */
                format: "pdf" | "docx" | "xlsx";
                size: number;
                sha256: string;
            }[];
            versions: {
                version: number;
                createdBy: string;
                createdAt: string;
            }[];
            /** @description publish only: the periods this publication locked */
            lockedPeriods?: string[];
        };
        BulletinListInput: {
            items: components["schemas"]["BulletinSummaryInput"][];
        };
        CreateBulletinBodyInput: {
            /** @description 2013 (year), 2013Q2 (quarter) or 2013-06 (month) */
            period: string;
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
        LiaisonBodyInput: {
            group: {
                nameZh: string;
                officeZh: string;
            } | null;
            members: {
                /**
                 * @description group 领导小组 · office 办公室
                 * @enum {string}
                 */
                body: "group" | "office";
                /** @description 组长, 副组长, 成员, 办公室主任 … */
                positionZh: string;
                name: string;
                titleZh: string;
            }[];
            industries: {
                industryCode: string;
                leaderName: string;
                leaderTitleZh: string;
                note?: string | null;
            }[];
        };
        LiaisonInput: {
            group: {
                nameZh: string;
                officeZh: string;
            } | null;
            members: {
                /**
                 * @description group 领导小组 · office 办公室
                 * @enum {string}
                 */
                body: "group" | "office";
                /** @description 组长, 副组长, 成员, 办公室主任 … */
                positionZh: string;
                name: string;
                titleZh: string;
            }[];
            industries: {
                industryCode: string;
                leaderName: string;
                leaderTitleZh: string;
                note: string | null;
            }[];
            planIndustries: {
                code: string;
                nameZh: string;
                nameEn: string;
                liaison: {
                    industryCode: string;
                    leaderName: string;
                    leaderTitleZh: string;
                    note: string | null;
                } | null;
            }[];
            updatedBy: string | null;
            updatedAt: string | null;
        };
        OpenIndexInput: {
            name: string;
            description: string;
            datasets: {
                csv: string;
                jsonstat: string;
                jsonstatEn: string;
            };
            api: string;
            bulletins: {
                id: number;
                title: string;
                period: string;
                periodKind: string;
                version: number;
                publishedAt: string;
                files: {
                    pdf: string;
                    docx: string;
                    xlsx: string;
                };
            }[];
        };
        ProjectFlagReasonInput: {
            /** @enum {string} */
            code: "start_overdue" | "completion_overdue" | "investment_behind";
            /**
             * @description red flag 红旗 / yellow card 黄牌 (docs/projects.md)
             * @enum {string}
             */
            level: "red" | "yellow";
            plannedOn?: string;
            daysLate?: number;
            ratio?: number;
        };
        ProjectStageDatesInput: {
            reserve?: string;
            signed?: string;
            started?: string;
            completed?: string;
            producing?: string;
        };
        ProjectSummaryInput: {
            id: number;
            code: string;
            name: string;
            investorName: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedNameInput"];
            industryCode: string;
            clusterCode: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            listedOn: string;
            demonstration: boolean;
            plannedStartOn: string | null;
            plannedCompletionOn: string | null;
            plannedProductionOn: string | null;
            /**
             * @description current stage, derived from the stage events
             * @enum {string}
             */
            stage: "reserve" | "signed" | "started" | "completed" | "producing";
            stageDates: components["schemas"]["ProjectStageDatesInput"];
            /** @description planned investment of the list year, yuan */
            plannedInvestment: number;
            /** @description time-proportional plan at the as-of month (时序进度), yuan */
            investmentExpected: number;
            /** @description completed in the list year up to the as-of month, yuan */
            investmentCompleted: number;
            investmentRatio: number | null;
            flag: ("red" | "yellow") | null;
            flagReasons: components["schemas"]["ProjectFlagReasonInput"][];
        };
        ProjectListInput: {
            year: number;
            month: number;
            asOf: string;
            items: components["schemas"]["ProjectSummaryInput"][];
        };
        ProjectBodyInput: {
            code: string;
            name: string;
            investorName: string;
            investorUscc?: string | null;
            regionCode: string;
            industryCode: string;
            clusterCode?: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            /** @description default: 1 January of the list year */
            listedOn?: string;
            demonstration?: boolean;
            plannedSignOn?: string | null;
            plannedStartOn?: string | null;
            plannedCompletionOn?: string | null;
            plannedProductionOn?: string | null;
            countyOfficer?: string | null;
            cityLiaison?: string | null;
            /** @description planned investment per year (replaces the stored ones) */
            investmentPlans?: {
                year: number;
                /** @description yuan */
                plannedInvestment: number;
            }[];
        };
        ProjectPatchInput: {
            name?: string;
            investorName?: string;
            investorUscc?: string | null;
            regionCode?: string;
            industryCode?: string;
            clusterCode?: string | null;
            /** @description yuan */
            totalInvestment?: number;
            listYear?: number;
            /** @description default: 1 January of the list year */
            listedOn?: string;
            demonstration?: boolean;
            plannedSignOn?: string | null;
            plannedStartOn?: string | null;
            plannedCompletionOn?: string | null;
            plannedProductionOn?: string | null;
            countyOfficer?: string | null;
            cityLiaison?: string | null;
            /** @description planned investment per year (replaces the stored ones) */
            investmentPlans?: {
                year: number;
                /** @description yuan */
                plannedInvestment: number;
            }[];
        };
        StageEventBodyInput: {
            /**
             * @description reserve 储备 · signed 签约 · started 开工 · completed 竣工 · producing 投产
             * @enum {string}
             */
            stage: "reserve" | "signed" | "started" | "completed" | "producing";
            occurredOn: string;
            note?: string | null;
        };
        ProgressBodyInput: {
            /** @description completed this month, yuan */
            investment: number;
            /** @description completed since the project began, yuan */
            investmentToDate?: number | null;
            stage?: ("reserve" | "signed" | "started" | "completed" | "producing") | null;
            /** @description 形象进度 */
            imageNote?: string | null;
            /** @description 存在问题 */
            problems?: string | null;
        };
        CoordinationProblemInput: {
            id: number;
            title: string;
            description: string | null;
            projectId: number | null;
            projectName: string | null;
            regionCode: string;
            regionName: components["schemas"]["LocalizedNameInput"];
            raisedOn: string;
            department: string | null;
            dueOn: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "resolved";
            resolution: string | null;
            resolvedOn: string | null;
            /** @description not resolved and past its due date */
            overdue: boolean;
            meetings: {
                id: number;
                heldOn: string;
            }[];
        };
        ProjectProgressRevisionInput: {
            id: number;
            /** @description the return's month, 'YYYY-MM' */
            period: string;
            /** @enum {string} */
            field: "investment" | "investmentToDate" | "stage" | "imageNote" | "problems";
            /** @description investment fields: the old value, yuan */
            oldValue: number | null;
            newValue: number | null;
            /** @description stage, imageNote, problems: the old text */
            oldText: string | null;
            newText: string | null;
            /** @enum {string} */
            source: "form" | "import";
            batchId: number | null;
            /** @description the imported file, when a batch made the change */
            fileName: string | null;
            revisedBy: string;
            revisedAt: string;
        };
        ProjectDetailInput: {
            id: number;
            code: string;
            name: string;
            investorName: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedNameInput"];
            industryCode: string;
            clusterCode: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            listedOn: string;
            demonstration: boolean;
            plannedStartOn: string | null;
            plannedCompletionOn: string | null;
            plannedProductionOn: string | null;
            /**
             * @description current stage, derived from the stage events
             * @enum {string}
             */
            stage: "reserve" | "signed" | "started" | "completed" | "producing";
            stageDates: components["schemas"]["ProjectStageDatesInput"];
            /** @description planned investment of the list year, yuan */
            plannedInvestment: number;
            /** @description time-proportional plan at the as-of month (时序进度), yuan */
            investmentExpected: number;
            /** @description completed in the list year up to the as-of month, yuan */
            investmentCompleted: number;
            investmentRatio: number | null;
            flag: ("red" | "yellow") | null;
            flagReasons: components["schemas"]["ProjectFlagReasonInput"][];
            investorUscc: string | null;
            plannedSignOn: string | null;
            countyOfficer: string | null;
            cityLiaison: string | null;
            investmentPlans: {
                year: number;
                plannedInvestment: number;
            }[];
            events: {
                id: number;
                /**
                 * @description reserve 储备 · signed 签约 · started 开工 · completed 竣工 · producing 投产
                 * @enum {string}
                 */
                stage: "reserve" | "signed" | "started" | "completed" | "producing";
                occurredOn: string;
                note: string | null;
                recordedBy: string;
                recordedAt: string;
                /** @description a later record of the same stage corrected this date */
                superseded: boolean;
            }[];
            progress: {
                year: number;
                month: number;
                investment: number;
                investmentYtd: number;
                investmentToDate: number | null;
                stage: ("reserve" | "signed" | "started" | "completed" | "producing") | null;
                imageNote: string | null;
                problems: string | null;
                source: string;
                updatedAt: string;
            }[];
            /** @description old values of monthly returns that a re-import or re-entry changed, newest first */
            revisions: components["schemas"]["ProjectProgressRevisionInput"][];
            lead: {
                id: number;
                targetCompany: string;
            } | null;
            coordinationProblems: components["schemas"]["CoordinationProblemInput"][];
        };
        ProjectMeasuresInput: {
            year: number;
            month: number;
            asOf: string;
            total: {
                listed: number;
                started: number;
                producing: number;
                startRate: number | null;
                productionRate: number | null;
                investmentPlanned: number;
                investmentExpected: number;
                investmentCompleted: number;
                /** @description completed / time-proportional plan */
                investmentProgress: number | null;
                red: number;
                yellow: number;
                shouldHaveStarted: number;
                shouldHaveCompleted: number;
            };
            byCounty: {
                listed: number;
                started: number;
                producing: number;
                startRate: number | null;
                productionRate: number | null;
                investmentPlanned: number;
                investmentExpected: number;
                investmentCompleted: number;
                /** @description completed / time-proportional plan */
                investmentProgress: number | null;
                red: number;
                yellow: number;
                shouldHaveStarted: number;
                shouldHaveCompleted: number;
                key: string;
                name: components["schemas"]["LocalizedNameInput"];
            }[];
            byIndustry: {
                listed: number;
                started: number;
                producing: number;
                startRate: number | null;
                productionRate: number | null;
                investmentPlanned: number;
                investmentExpected: number;
                investmentCompleted: number;
                /** @description completed / time-proportional plan */
                investmentProgress: number | null;
                red: number;
                yellow: number;
                shouldHaveStarted: number;
                shouldHaveCompleted: number;
                key: string;
                name: components["schemas"]["LocalizedNameInput"];
            }[];
            funnel: {
                listed: number;
                signed: number;
                started: number;
                producing: number;
                signToStart: {
                    medianDays: number | null;
                    n: number;
                };
                startToProduction: {
                    medianDays: number | null;
                    n: number;
                };
            };
            /** @description list years that have projects */
            years: number[];
        };
        LeadBodyInput: {
            targetCompany: string;
            /**
             * @description 世界500强 · 跨国公司 · 央企 · 行业龙头 · 科研院所产业化项目
             * @enum {string}
             */
            kind: "fortune500" | "multinational" | "central_soe" | "industry_leader" | "research_institute";
            industryCode: string;
            regionCode: string;
            /**
             * @description 接触 · 洽谈 · 签约 · 已转化 · 终止
             * @enum {string}
             */
            stage?: "contact" | "negotiating" | "signed" | "converted" | "dropped";
            owner: string;
            nextStep?: string | null;
            nextStepDue?: string | null;
            note?: string | null;
        };
        LeadPatchInput: {
            targetCompany?: string;
            /**
             * @description 世界500强 · 跨国公司 · 央企 · 行业龙头 · 科研院所产业化项目
             * @enum {string}
             */
            kind?: "fortune500" | "multinational" | "central_soe" | "industry_leader" | "research_institute";
            industryCode?: string;
            regionCode?: string;
            /**
             * @description 接触 · 洽谈 · 签约 · 已转化 · 终止
             * @enum {string}
             */
            stage?: "contact" | "negotiating" | "signed" | "converted" | "dropped";
            owner?: string;
            nextStep?: string | null;
            nextStepDue?: string | null;
            note?: string | null;
        };
        ProjectLeadInput: {
            id: number;
            targetCompany: string;
            /** @enum {string} */
            kind: "fortune500" | "multinational" | "central_soe" | "industry_leader" | "research_institute";
            industryCode: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedNameInput"];
            /** @enum {string} */
            stage: "contact" | "negotiating" | "signed" | "converted" | "dropped";
            owner: string;
            nextStep: string | null;
            nextStepDue: string | null;
            note: string | null;
            projectId: number | null;
            projectCode: string | null;
            updatedAt: string;
        };
        LeadListInput: {
            items: components["schemas"]["ProjectLeadInput"][];
        };
        ConvertLeadBodyInput: {
            code: string;
            name: string;
            investorUscc?: string | null;
            clusterCode?: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            /** @description default: 1 January of the list year */
            listedOn?: string;
            demonstration?: boolean;
            plannedSignOn?: string | null;
            plannedStartOn?: string | null;
            plannedCompletionOn?: string | null;
            plannedProductionOn?: string | null;
            countyOfficer?: string | null;
            cityLiaison?: string | null;
            /** @description planned investment per year (replaces the stored ones) */
            investmentPlans?: {
                year: number;
                /** @description yuan */
                plannedInvestment: number;
            }[];
            investorName?: string;
        };
        ProblemBodyInput: {
            title: string;
            description?: string | null;
            /** @description raised by a project: its county */
            projectId?: number | null;
            /** @description raised by a county (required without a project) */
            regionCode?: string;
            raisedOn?: string;
            /** @description the department it is assigned to */
            department?: string | null;
            dueOn?: string | null;
        };
        ProblemPatchInput: {
            title?: string;
            description?: string | null;
            department?: string | null;
            dueOn?: string | null;
            /** @enum {string} */
            status?: "open" | "in_progress" | "resolved";
            resolution?: string | null;
            /** @description default: today when the status becomes resolved */
            resolvedOn?: string | null;
        };
        ProblemListInput: {
            today: string;
            items: components["schemas"]["CoordinationProblemInput"][];
        };
        MeetingBodyInput: {
            heldOn: string;
            title: string;
            attendees: string;
            decisions?: string | null;
            /** @default [] */
            problems: {
                problemId: number;
                discussion?: string | null;
                /** @description what is to be done by the next meeting */
                followUp?: string | null;
            }[];
        };
        MeetingSummaryInput: {
            id: number;
            heldOn: string;
            title: string;
            attendees: string;
            decisions: string | null;
            problemCount: number;
        };
        MeetingListInput: {
            items: components["schemas"]["MeetingSummaryInput"][];
        };
        MeetingDetailInput: {
            id: number;
            heldOn: string;
            title: string;
            attendees: string;
            decisions: string | null;
            problemCount: number;
            problems: {
                problem: components["schemas"]["CoordinationProblemInput"];
                discussion: string | null;
                followUp: string | null;
            }[];
            /** @description the previous meeting's follow-up list, checked on this meeting's date */
            previous: {
                id: number;
                heldOn: string;
                title: string;
                followUps: {
                    problem: components["schemas"]["CoordinationProblemInput"];
                    discussion: string | null;
                    followUp: string | null;
                    /**
                     * @description done: resolved by this meeting · overdue: past its due date at this meeting · open
                     * @enum {string}
                     */
                    check: "done" | "open" | "overdue";
                    discussedAgain: boolean;
                }[];
            } | null;
        };
        ProgressImportOutcomeInput: {
            /** @enum {string} */
            status: "committed" | "rejected" | "dry_run";
            batchId: number | null;
            format: string | null;
            rows: number;
            inserted: number;
            changed: number;
            unchanged: number;
            problems: {
                row: number | null;
                column: string | null;
                value: string | null;
                code: string;
                reason: {
                    zh: string;
                    en: string;
                };
            }[];
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
        /**
         * @description draft → on_notice (公示) → published; a published run becomes superseded when a newer version of the year is published; a draft or a run on notice becomes withdrawn when a newer version is computed
         * @enum {string}
         */
        AssessmentStatus: "draft" | "on_notice" | "published" | "superseded" | "withdrawn";
        AssessmentCriterion: {
            code: string;
            name: components["schemas"]["LocalizedName"];
            /** @description how the actual is found: sei_output_growth, sei_output_share, … */
            indicator: string;
            weight: number;
            floor: number;
            target: number;
        };
        AssessmentActualSource: {
            /** @enum {string} */
            kind: "figures" | "custom";
            period: string;
            /** @description the figure code read (readFigures), e.g. output_value */
            figure: string | null;
            /** @enum {string} */
            measure: "growth" | "value";
            /** @description 'sei' or the county's focus industries */
            industries: string[];
            /** @description comparable sum now (yuan), behind a growth */
            current: number | null;
            /** @description comparable sum a year earlier (yuan), behind a growth */
            base: number | null;
            value: number | null;
            lastYear: number | null;
            enterprises: number;
            basis: ("region_stats" | "returns") | null;
            missing: ("no_figure" | "no_base" | "no_focus_industries") | null;
        };
        AssessmentCriterionScore: {
            criterionCode: string;
            /** @description null: no data — 0 points */
            actual: number | null;
            points: number;
            source: components["schemas"]["AssessmentActualSource"];
            /** @description the actual, where it came from and how it scored, in words */
            why: components["schemas"]["LocalizedName"];
        };
        AssessmentCountyResult: {
            regionCode: string;
            name: components["schemas"]["LocalizedName"];
            total: number;
            rank: number;
            position: number;
            scores: components["schemas"]["AssessmentCriterionScore"][];
        };
        AssessmentObjection: {
            id: number;
            regionCode: string;
            regionName: components["schemas"]["LocalizedName"];
            criterionCode: string | null;
            reason: string;
            filedBy: string;
            filedByName: string | null;
            filedAt: string;
            answer: string | null;
            answeredBy: string | null;
            answeredByName: string | null;
            answeredAt: string | null;
        };
        AssessmentNotice: {
            days: number;
            start: string;
            end: string;
            /** @description the window is open now: counties may object */
            open: boolean;
        };
        AssessmentSummary: {
            id: number;
            year: number;
            version: number;
            schemeVersion: number;
            status: components["schemas"]["AssessmentStatus"];
            computedAt: string;
            computedBy: string;
            publishedAt: string | null;
            publishedBy: string | null;
            notice: components["schemas"]["AssessmentNotice"] | null;
        };
        AssessmentDetail: {
            id: number;
            year: number;
            version: number;
            schemeVersion: number;
            status: components["schemas"]["AssessmentStatus"];
            computedAt: string;
            computedBy: string;
            publishedAt: string | null;
            publishedBy: string | null;
            notice: components["schemas"]["AssessmentNotice"] | null;
            planId: string;
            criteria: components["schemas"]["AssessmentCriterion"][];
            ranking: components["schemas"]["AssessmentCountyResult"][];
            /** @description all of them for the office and leaders; a county officer's own county's */
            objections: components["schemas"]["AssessmentObjection"][];
            previousVersionId: number | null;
            /** @description why it cannot be published now (empty: it can) */
            publishBlockers: ("not_on_notice" | "notice_open" | "objections_unanswered")[];
        };
        AssessmentList: {
            items: components["schemas"]["AssessmentSummary"][];
        };
        ComputeAssessmentBody: {
            year: number;
            /** @description default: the newest scheme version loaded */
            schemeVersion?: number;
        };
        AssessmentNoticeBody: {
            /** @description length of the public notice (公示) in days */
            days: number;
        };
        AssessmentObjectionBody: {
            /** @description the objecting county; default: the officer's own county */
            regionCode?: string;
            /** @description the criterion objected to; absent: the result as a whole */
            criterionCode?: string;
            reason: string;
        };
        AssessmentAnswerBody: {
            answer: string;
        };
        AssessmentDiff: {
            from: {
                id: number;
                version: number;
                schemeVersion: number;
                status: components["schemas"]["AssessmentStatus"];
            };
            to: {
                id: number;
                version: number;
                schemeVersion: number;
                status: components["schemas"]["AssessmentStatus"];
            };
            schemeChanged: boolean;
            counties: {
                regionCode: string;
                name: components["schemas"]["LocalizedName"];
                totalBefore: number | null;
                totalAfter: number | null;
                totalChange: number | null;
                rankBefore: number | null;
                rankAfter: number | null;
                /** @description positive: moved up */
                rankChange: number | null;
                criteria: {
                    criterionCode: string;
                    actualBefore: number | null;
                    actualAfter: number | null;
                    actualChange: number | null;
                    pointsBefore: number | null;
                    pointsAfter: number | null;
                }[];
            }[];
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
        BulletinSentence: {
            segments: ({
                /** @constant */
                kind: "text";
                text: string;
            } | {
                /** @constant */
                kind: "figure";
                /** @description figure id: region|industry|code|period */
                figure: string;
                /** @enum {string} */
                field: "value" | "growth" | "lastYear";
                text: string;
            })[];
        };
        BulletinFigure: {
            id: string;
            region: string;
            industry: string;
            code: string;
            period: string;
            /** @enum {string} */
            unit: "yuan" | "ratio" | "tce" | "persons" | "mu";
            value: number | null;
            lastYear: number | null;
            growth: number | null;
        };
        BulletinModel: {
            title: string;
            period: string;
            /** @enum {string} */
            periodKind: "year" | "quarter" | "month";
            periodLabel: string;
            regionCode: string;
            regionName: string;
            generatedAt: string;
            headline: components["schemas"]["BulletinSentence"];
            overview: components["schemas"]["BulletinSentence"][];
            industries: {
                industry: string;
                nameZh: string;
                liaison: {
                    leaderName: string;
                    leaderTitleZh: string;
                } | null;
                sentences: components["schemas"]["BulletinSentence"][];
            }[];
            counties: components["schemas"]["BulletinSentence"][];
            tables: {
                title: string;
                columns: string[];
                rows: {
                    text: string;
                    figure?: {
                        id: string;
                        /** @enum {string} */
                        field: "value" | "growth" | "lastYear";
                    };
                }[][];
            }[];
            charts: {
                title: string;
                unit: string;
                bars: {
                    label: string;
                    value: number;
                    figure: string;
                    /** @enum {string} */
                    field: "value" | "growth" | "lastYear";
                }[];
            }[];
            warnings: {
                text: string;
                status: string;
                region: string;
                industry: string | null;
            }[];
            assessment: {
                published: {
                    year: number;
                    version: number | null;
                    rows: {
                        rank: number;
                        regionCode: string;
                        regionName: string;
                        total: number;
                    }[];
                } | null;
            } | null;
            leadingGroup: {
                nameZh: string;
                officeZh: string;
            } | null;
            /** @description every figure the text, tables and charts show, by id */
            figures: {
                [key: string]: components["schemas"]["BulletinFigure"];
            };
        };
        BulletinSummary: {
            id: number;
            period: string;
            /** @enum {string} */
            periodKind: "year" | "quarter" | "month";
            regionCode: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "reviewed" | "published";
            version: number;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            reviewedBy: string | null;
            reviewedAt: string | null;
            publishedBy: string | null;
            publishedAt: string | null;
        };
        BulletinDetail: {
            id: number;
            period: string;
            /** @enum {string} */
            periodKind: "year" | "quarter" | "month";
            regionCode: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "reviewed" | "published";
            version: number;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            reviewedBy: string | null;
            reviewedAt: string | null;
            publishedBy: string | null;
            publishedAt: string | null;
            model: components["schemas"]["BulletinModel"];
            files: {
                /** @enum {string} */
                format: "pdf" | "docx" | "xlsx";
                size: number;
                sha256: string;
            }[];
            versions: {
                version: number;
                createdBy: string;
                createdAt: string;
            }[];
            /** @description publish only: the periods this publication locked */
            lockedPeriods?: string[];
        };
        BulletinList: {
            items: components["schemas"]["BulletinSummary"][];
        };
        CreateBulletinBody: {
            /** @description 2013 (year), 2013Q2 (quarter) or 2013-06 (month) */
            period: string;
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
        LiaisonBody: {
            group: {
                nameZh: string;
                officeZh: string;
            } | null;
            members: {
                /**
                 * @description group 领导小组 · office 办公室
                 * @enum {string}
                 */
                body: "group" | "office";
                /** @description 组长, 副组长, 成员, 办公室主任 … */
                positionZh: string;
                name: string;
                titleZh: string;
            }[];
            industries: {
                industryCode: string;
                leaderName: string;
                leaderTitleZh: string;
                note?: string | null;
            }[];
        };
        Liaison: {
            group: {
                nameZh: string;
                officeZh: string;
            } | null;
            members: {
                /**
                 * @description group 领导小组 · office 办公室
                 * @enum {string}
                 */
                body: "group" | "office";
                /** @description 组长, 副组长, 成员, 办公室主任 … */
                positionZh: string;
                name: string;
                titleZh: string;
            }[];
            industries: {
                industryCode: string;
                leaderName: string;
                leaderTitleZh: string;
                note: string | null;
            }[];
            planIndustries: {
                code: string;
                nameZh: string;
                nameEn: string;
                liaison: {
                    industryCode: string;
                    leaderName: string;
                    leaderTitleZh: string;
                    note: string | null;
                } | null;
            }[];
            updatedBy: string | null;
            updatedAt: string | null;
        };
        OpenIndex: {
            name: string;
            description: string;
            datasets: {
                csv: string;
                jsonstat: string;
                jsonstatEn: string;
            };
            api: string;
            bulletins: {
                id: number;
                title: string;
                period: string;
                periodKind: string;
                version: number;
                publishedAt: string;
                files: {
                    pdf: string;
                    docx: string;
                    xlsx: string;
                };
            }[];
        };
        ProjectFlagReason: {
            /** @enum {string} */
            code: "start_overdue" | "completion_overdue" | "investment_behind";
            /**
             * @description red flag 红旗 / yellow card 黄牌 (docs/projects.md)
             * @enum {string}
             */
            level: "red" | "yellow";
            plannedOn?: string;
            daysLate?: number;
            ratio?: number;
        };
        ProjectStageDates: {
            reserve?: string;
            signed?: string;
            started?: string;
            completed?: string;
            producing?: string;
        };
        ProjectSummary: {
            id: number;
            code: string;
            name: string;
            investorName: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedName"];
            industryCode: string;
            clusterCode: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            listedOn: string;
            demonstration: boolean;
            plannedStartOn: string | null;
            plannedCompletionOn: string | null;
            plannedProductionOn: string | null;
            /**
             * @description current stage, derived from the stage events
             * @enum {string}
             */
            stage: "reserve" | "signed" | "started" | "completed" | "producing";
            stageDates: components["schemas"]["ProjectStageDates"];
            /** @description planned investment of the list year, yuan */
            plannedInvestment: number;
            /** @description time-proportional plan at the as-of month (时序进度), yuan */
            investmentExpected: number;
            /** @description completed in the list year up to the as-of month, yuan */
            investmentCompleted: number;
            investmentRatio: number | null;
            flag: ("red" | "yellow") | null;
            flagReasons: components["schemas"]["ProjectFlagReason"][];
        };
        ProjectList: {
            year: number;
            month: number;
            asOf: string;
            items: components["schemas"]["ProjectSummary"][];
        };
        ProjectBody: {
            code: string;
            name: string;
            investorName: string;
            investorUscc?: string | null;
            regionCode: string;
            industryCode: string;
            clusterCode?: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            /** @description default: 1 January of the list year */
            listedOn?: string;
            demonstration?: boolean;
            plannedSignOn?: string | null;
            plannedStartOn?: string | null;
            plannedCompletionOn?: string | null;
            plannedProductionOn?: string | null;
            countyOfficer?: string | null;
            cityLiaison?: string | null;
            /** @description planned investment per year (replaces the stored ones) */
            investmentPlans?: {
                year: number;
                /** @description yuan */
                plannedInvestment: number;
            }[];
        };
        ProjectPatch: {
            name?: string;
            investorName?: string;
            investorUscc?: string | null;
            regionCode?: string;
            industryCode?: string;
            clusterCode?: string | null;
            /** @description yuan */
            totalInvestment?: number;
            listYear?: number;
            /** @description default: 1 January of the list year */
            listedOn?: string;
            demonstration?: boolean;
            plannedSignOn?: string | null;
            plannedStartOn?: string | null;
            plannedCompletionOn?: string | null;
            plannedProductionOn?: string | null;
            countyOfficer?: string | null;
            cityLiaison?: string | null;
            /** @description planned investment per year (replaces the stored ones) */
            investmentPlans?: {
                year: number;
                /** @description yuan */
                plannedInvestment: number;
            }[];
        };
        StageEventBody: {
            /**
             * @description reserve 储备 · signed 签约 · started 开工 · completed 竣工 · producing 投产
             * @enum {string}
             */
            stage: "reserve" | "signed" | "started" | "completed" | "producing";
            occurredOn: string;
            note?: string | null;
        };
        ProgressBody: {
            /** @description completed this month, yuan */
            investment: number;
            /** @description completed since the project began, yuan */
            investmentToDate?: number | null;
            stage?: ("reserve" | "signed" | "started" | "completed" | "producing") | null;
            /** @description 形象进度 */
            imageNote?: string | null;
            /** @description 存在问题 */
            problems?: string | null;
        };
        CoordinationProblem: {
            id: number;
            title: string;
            description: string | null;
            projectId: number | null;
            projectName: string | null;
            regionCode: string;
            regionName: components["schemas"]["LocalizedName"];
            raisedOn: string;
            department: string | null;
            dueOn: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "resolved";
            resolution: string | null;
            resolvedOn: string | null;
            /** @description not resolved and past its due date */
            overdue: boolean;
            meetings: {
                id: number;
                heldOn: string;
            }[];
        };
        ProjectProgressRevision: {
            id: number;
            /** @description the return's month, 'YYYY-MM' */
            period: string;
            /** @enum {string} */
            field: "investment" | "investmentToDate" | "stage" | "imageNote" | "problems";
            /** @description investment fields: the old value, yuan */
            oldValue: number | null;
            newValue: number | null;
            /** @description stage, imageNote, problems: the old text */
            oldText: string | null;
            newText: string | null;
            /** @enum {string} */
            source: "form" | "import";
            batchId: number | null;
            /** @description the imported file, when a batch made the change */
            fileName: string | null;
            revisedBy: string;
            revisedAt: string;
        };
        ProjectDetail: {
            id: number;
            code: string;
            name: string;
            investorName: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedName"];
            industryCode: string;
            clusterCode: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            listedOn: string;
            demonstration: boolean;
            plannedStartOn: string | null;
            plannedCompletionOn: string | null;
            plannedProductionOn: string | null;
            /**
             * @description current stage, derived from the stage events
             * @enum {string}
             */
            stage: "reserve" | "signed" | "started" | "completed" | "producing";
            stageDates: components["schemas"]["ProjectStageDates"];
            /** @description planned investment of the list year, yuan */
            plannedInvestment: number;
            /** @description time-proportional plan at the as-of month (时序进度), yuan */
            investmentExpected: number;
            /** @description completed in the list year up to the as-of month, yuan */
            investmentCompleted: number;
            investmentRatio: number | null;
            flag: ("red" | "yellow") | null;
            flagReasons: components["schemas"]["ProjectFlagReason"][];
            investorUscc: string | null;
            plannedSignOn: string | null;
            countyOfficer: string | null;
            cityLiaison: string | null;
            investmentPlans: {
                year: number;
                plannedInvestment: number;
            }[];
            events: {
                id: number;
                /**
                 * @description reserve 储备 · signed 签约 · started 开工 · completed 竣工 · producing 投产
                 * @enum {string}
                 */
                stage: "reserve" | "signed" | "started" | "completed" | "producing";
                occurredOn: string;
                note: string | null;
                recordedBy: string;
                recordedAt: string;
                /** @description a later record of the same stage corrected this date */
                superseded: boolean;
            }[];
            progress: {
                year: number;
                month: number;
                investment: number;
                investmentYtd: number;
                investmentToDate: number | null;
                stage: ("reserve" | "signed" | "started" | "completed" | "producing") | null;
                imageNote: string | null;
                problems: string | null;
                source: string;
                updatedAt: string;
            }[];
            /** @description old values of monthly returns that a re-import or re-entry changed, newest first */
            revisions: components["schemas"]["ProjectProgressRevision"][];
            lead: {
                id: number;
                targetCompany: string;
            } | null;
            coordinationProblems: components["schemas"]["CoordinationProblem"][];
        };
        ProjectMeasures: {
            year: number;
            month: number;
            asOf: string;
            total: {
                listed: number;
                started: number;
                producing: number;
                startRate: number | null;
                productionRate: number | null;
                investmentPlanned: number;
                investmentExpected: number;
                investmentCompleted: number;
                /** @description completed / time-proportional plan */
                investmentProgress: number | null;
                red: number;
                yellow: number;
                shouldHaveStarted: number;
                shouldHaveCompleted: number;
            };
            byCounty: {
                listed: number;
                started: number;
                producing: number;
                startRate: number | null;
                productionRate: number | null;
                investmentPlanned: number;
                investmentExpected: number;
                investmentCompleted: number;
                /** @description completed / time-proportional plan */
                investmentProgress: number | null;
                red: number;
                yellow: number;
                shouldHaveStarted: number;
                shouldHaveCompleted: number;
                key: string;
                name: components["schemas"]["LocalizedName"];
            }[];
            byIndustry: {
                listed: number;
                started: number;
                producing: number;
                startRate: number | null;
                productionRate: number | null;
                investmentPlanned: number;
                investmentExpected: number;
                investmentCompleted: number;
                /** @description completed / time-proportional plan */
                investmentProgress: number | null;
                red: number;
                yellow: number;
                shouldHaveStarted: number;
                shouldHaveCompleted: number;
                key: string;
                name: components["schemas"]["LocalizedName"];
            }[];
            funnel: {
                listed: number;
                signed: number;
                started: number;
                producing: number;
                signToStart: {
                    medianDays: number | null;
                    n: number;
                };
                startToProduction: {
                    medianDays: number | null;
                    n: number;
                };
            };
            /** @description list years that have projects */
            years: number[];
        };
        LeadBody: {
            targetCompany: string;
            /**
             * @description 世界500强 · 跨国公司 · 央企 · 行业龙头 · 科研院所产业化项目
             * @enum {string}
             */
            kind: "fortune500" | "multinational" | "central_soe" | "industry_leader" | "research_institute";
            industryCode: string;
            regionCode: string;
            /**
             * @description 接触 · 洽谈 · 签约 · 已转化 · 终止
             * @enum {string}
             */
            stage?: "contact" | "negotiating" | "signed" | "converted" | "dropped";
            owner: string;
            nextStep?: string | null;
            nextStepDue?: string | null;
            note?: string | null;
        };
        LeadPatch: {
            targetCompany?: string;
            /**
             * @description 世界500强 · 跨国公司 · 央企 · 行业龙头 · 科研院所产业化项目
             * @enum {string}
             */
            kind?: "fortune500" | "multinational" | "central_soe" | "industry_leader" | "research_institute";
            industryCode?: string;
            regionCode?: string;
            /**
             * @description 接触 · 洽谈 · 签约 · 已转化 · 终止
             * @enum {string}
             */
            stage?: "contact" | "negotiating" | "signed" | "converted" | "dropped";
            owner?: string;
            nextStep?: string | null;
            nextStepDue?: string | null;
            note?: string | null;
        };
        ProjectLead: {
            id: number;
            targetCompany: string;
            /** @enum {string} */
            kind: "fortune500" | "multinational" | "central_soe" | "industry_leader" | "research_institute";
            industryCode: string;
            regionCode: string;
            regionName: components["schemas"]["LocalizedName"];
            /** @enum {string} */
            stage: "contact" | "negotiating" | "signed" | "converted" | "dropped";
            owner: string;
            nextStep: string | null;
            nextStepDue: string | null;
            note: string | null;
            projectId: number | null;
            projectCode: string | null;
            updatedAt: string;
        };
        LeadList: {
            items: components["schemas"]["ProjectLead"][];
        };
        ConvertLeadBody: {
            code: string;
            name: string;
            investorUscc?: string | null;
            clusterCode?: string | null;
            /** @description yuan */
            totalInvestment: number;
            listYear: number;
            /** @description default: 1 January of the list year */
            listedOn?: string;
            demonstration?: boolean;
            plannedSignOn?: string | null;
            plannedStartOn?: string | null;
            plannedCompletionOn?: string | null;
            plannedProductionOn?: string | null;
            countyOfficer?: string | null;
            cityLiaison?: string | null;
            /** @description planned investment per year (replaces the stored ones) */
            investmentPlans?: {
                year: number;
                /** @description yuan */
                plannedInvestment: number;
            }[];
            investorName?: string;
        };
        ProblemBody: {
            title: string;
            description?: string | null;
            /** @description raised by a project: its county */
            projectId?: number | null;
            /** @description raised by a county (required without a project) */
            regionCode?: string;
            raisedOn?: string;
            /** @description the department it is assigned to */
            department?: string | null;
            dueOn?: string | null;
        };
        ProblemPatch: {
            title?: string;
            description?: string | null;
            department?: string | null;
            dueOn?: string | null;
            /** @enum {string} */
            status?: "open" | "in_progress" | "resolved";
            resolution?: string | null;
            /** @description default: today when the status becomes resolved */
            resolvedOn?: string | null;
        };
        ProblemList: {
            today: string;
            items: components["schemas"]["CoordinationProblem"][];
        };
        MeetingBody: {
            heldOn: string;
            title: string;
            attendees: string;
            decisions?: string | null;
            /** @default [] */
            problems: {
                problemId: number;
                discussion?: string | null;
                /** @description what is to be done by the next meeting */
                followUp?: string | null;
            }[];
        };
        MeetingSummary: {
            id: number;
            heldOn: string;
            title: string;
            attendees: string;
            decisions: string | null;
            problemCount: number;
        };
        MeetingList: {
            items: components["schemas"]["MeetingSummary"][];
        };
        MeetingDetail: {
            id: number;
            heldOn: string;
            title: string;
            attendees: string;
            decisions: string | null;
            problemCount: number;
            problems: {
                problem: components["schemas"]["CoordinationProblem"];
                discussion: string | null;
                followUp: string | null;
            }[];
            /** @description the previous meeting's follow-up list, checked on this meeting's date */
            previous: {
                id: number;
                heldOn: string;
                title: string;
                followUps: {
                    problem: components["schemas"]["CoordinationProblem"];
                    discussion: string | null;
                    followUp: string | null;
                    /**
                     * @description done: resolved by this meeting · overdue: past its due date at this meeting · open
                     * @enum {string}
                     */
                    check: "done" | "open" | "overdue";
                    discussedAgain: boolean;
                }[];
            } | null;
        };
        ProgressImportOutcome: {
            /** @enum {string} */
            status: "committed" | "rejected" | "dry_run";
            batchId: number | null;
            format: string | null;
            rows: number;
            inserted: number;
            changed: number;
            unchanged: number;
            problems: {
                row: number | null;
                column: string | null;
                value: string | null;
                code: string;
                reason: {
                    zh: string;
                    en: string;
                };
            }[];
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
