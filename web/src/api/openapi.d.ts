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
