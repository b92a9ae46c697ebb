// This file is generated from specs/abeja.openapi.yaml by scripts/generate-types.mjs.
// Do not edit it by hand: edit the spec, then run `pnpm generate`.

export interface paths {
    "/organizations/{organization_id}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List deployments
         * @description Lists the organization's deployments. There are no paging parameters.
         */
        get: operations["listDeployments"];
        put?: never;
        /**
         * Create a deployment
         * @description Creates an empty deployment. `name` is mandatory (the SDK refuses to send the request without it).
         */
        post: operations["createDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /** Get a deployment */
        get: operations["getDeployment"];
        put?: never;
        post?: never;
        /** Delete a deployment */
        delete: operations["deleteDeployment"];
        options?: never;
        head?: never;
        /**
         * Update a deployment
         * @description Renames the deployment and optionally replaces its default environment variables.
         */
        patch: operations["updateDeployment"];
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /** List code versions of a deployment */
        get: operations["listDeploymentVersions"];
        put?: never;
        /**
         * Create a code version
         * @description Registers a new code version. The answer carries `upload_url`, a pre-signed URL to which the caller
         *     must then `PUT` a gzipped tar archive of the source tree before a service or run can use the version.
         */
        post: operations["createDeploymentVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/code_templates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a code version from a template
         * @description Creates a code version whose source comes from one of the platform's code templates, so no upload is needed.
         */
        post: operations["createDeploymentVersionFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Code version ID, `ver-` followed by 16 characters.
                 * @example ver-abc1111111111111
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        /** Get a code version */
        get: operations["getDeploymentVersion"];
        put?: never;
        post?: never;
        /** Delete a code version */
        delete: operations["deleteDeploymentVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/versions/{version_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Code version ID, `ver-` followed by 16 characters.
                 * @example ver-abc1111111111111
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        /**
         * Get a download link for a code version
         * @description Returns a short-lived pre-signed URL from which the version's source archive can be fetched.
         */
        get: operations["downloadDeploymentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * List services of a deployment
         * @description Lists every service of the deployment; there are no paging parameters. The platform documents the
         *     answer as an object with `entries`, while the SDK's own tests feed it a bare array, so both forms
         *     are accepted.
         */
        get: operations["listServices"];
        put?: never;
        /**
         * Create a service
         * @description Starts a new inference service for a code version of the deployment. The service comes back in
         *     `IN_PROGRESS` state and turns `READY` once its containers are up.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /** Get a service */
        get: operations["getService"];
        put?: never;
        post?: never;
        /** Delete a service */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        /**
         * Update a service
         * @description Changes the scaling settings (and other mutable settings) of a service. The SDK forwards whatever
         *     object it is given, and sends no body at all when it is given none; the service then answers with
         *     the service object, usually back in `IN_PROGRESS` while it is re-rolled.
         */
        patch: operations["updateService"];
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a service
         * @description Stops a running service without deleting it. Sent without a body. Answers 400 when the service is not running.
         */
        post: operations["stopService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a stopped service
         * @description Starts a previously stopped service again. Sent without a body. Answers 400 when the service is already running.
         */
        post: operations["startService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/recentlogs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /**
         * Get recent logs of a service
         * @description Returns the newest log lines of the service first. Page towards older lines with
         *     `next_backward_token` and towards newer ones with `next_forward_token`, each taken from the previous
         *     answer; narrow the window with `start_time` / `end_time` (UTC).
         */
        get: operations["getServiceRecentLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        /**
         * Get logs of a service from the start
         * @description Returns the service's log lines oldest first, one page at a time; pass the previous answer's
         *     `next_token` to continue. Used by the ABEJA CLI (the Python SDK only calls `recentlogs`).
         */
        get: operations["getServiceLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deployments/{deployment_id}/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a request to a running service
         * @description Calls the model behind a running service on the organization's inference host. The body is passed
         *     to the deployment's handler as is: JSON, an image, or any other payload with its own
         *     `Content-Type` (the SDK sends `application/octet-stream` for raw data when no type is given). The
         *     answer is whatever the handler returns, with the content type it chose.
         */
        post: operations["requestService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deployments/{deployment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a request to a deployment's default endpoint
         * @description Same as a service request, but addressed to the deployment only: the platform routes it to the
         *     service behind the deployment's `default` endpoint alias. The ABEJA CLI uses this form.
         */
        post: operations["requestDefaultEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * List endpoints of a deployment
         * @description Documented as an object with `entries`; the SDK's tests feed it a bare array, so both forms are accepted.
         */
        get: operations["listEndpoints"];
        put?: never;
        /**
         * Create an endpoint
         * @description Creates an alias that routes requests to the given service. The SDK uses the alias `default` unless told otherwise.
         */
        post: operations["createEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/endpoints/{endpoint}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Endpoint ID (`pnt-…`) or the endpoint's custom alias (e.g. `default`).
                 * @example pnt-abc1111111111111
                 */
                endpoint: components["parameters"]["Endpoint"];
            };
            cookie?: never;
        };
        /** Get an endpoint */
        get: operations["getEndpoint"];
        put?: never;
        post?: never;
        /** Delete an endpoint */
        delete: operations["deleteEndpoint"];
        options?: never;
        head?: never;
        /** Point an endpoint at another service */
        patch: operations["updateEndpoint"];
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * List triggers of a deployment
         * @description Documented as an object with `entries`; a bare array is accepted as well.
         */
        get: operations["listTriggers"];
        put?: never;
        /**
         * Create a trigger
         * @description Makes the platform start a run of the given code version for every file that arrives in the input
         *     service (currently only a DataLake channel). Output service name and id are sent together or not at all.
         */
        post: operations["createTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/triggers/{trigger_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Trigger ID, `tri-` followed by 16 characters.
                 * @example tri-3333333333333333
                 */
                trigger_id: components["parameters"]["TriggerId"];
            };
            cookie?: never;
        };
        /** Get a trigger */
        get: operations["getTrigger"];
        put?: never;
        post?: never;
        /** Delete a trigger */
        delete: operations["deleteTrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/triggers/{trigger_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Trigger ID, `tri-` followed by 16 characters.
                 * @example tri-3333333333333333
                 */
                trigger_id: components["parameters"]["TriggerId"];
            };
            cookie?: never;
        };
        /**
         * List runs started by a trigger
         * @description Pages through the runs the trigger started, newest first unless `scan_forward=true`.
         */
        get: operations["listTriggerRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * List runs of a deployment
         * @description Pages through the deployment's runs, newest first unless `scan_forward=true`.
         */
        get: operations["listRuns"];
        put?: never;
        /**
         * Submit a run
         * @description Queues a one-off execution of a code version. The SDK always sends `environment`, as `{}` when none is given.
         */
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Run ID, `run-` followed by 16 characters.
                 * @example run-3333333333333333
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /** Get a run */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/runs/{run_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Run ID, `run-` followed by 16 characters.
                 * @example run-3333333333333333
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get logs of a run from the start
         * @description Returns the run's log lines oldest first; `next_token` is absent once there is nothing more to read.
         */
        get: operations["getRunLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/runs/{run_id}/recentlogs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Run ID, `run-` followed by 16 characters.
                 * @example run-3333333333333333
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get recent logs of a run
         * @description Same contract as the service `recentlogs`, newest lines first with forward and backward tokens.
         */
        get: operations["getRunRecentLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organization_id}/deployments/{deployment_id}/git/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a code version from a git repository
         * @description Registers a code version whose source the platform clones from a git repository, so no upload is needed. Only the CLI uses it (abeja-platform-cli abejacli/run.py:464-487); the SDK has no method for it.
         */
        post: operations["createDeploymentVersionFromGit"];
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
        /**
         * @description Error body. Clients fall back to the HTTP reason phrase when `error` is missing and to the raw body
         *     text when `error_description` is missing.
         */
        Error: {
            /**
             * @description Short machine-readable error code.
             * @example bad_request
             */
            error?: string;
            /**
             * @description Human-readable explanation.
             * @example parameters is insufficient or invalid
             */
            error_description?: string;
            /**
             * @description Details, passed through as any JSON value by the SDK (common/connection.py:250); typically per-field messages keyed by field name.
             * @example {
             *       "source_data": [
             *         "unknown field"
             *       ]
             *     }
             */
            error_detail?: unknown;
        };
        /** @description Confirmation of an action, naming the resource (e.g. `ser-abc1111111111111 stopped`). */
        Message: {
            message: string;
        };
        /** @description Any JSON value; its shape is defined by the deployment's handler code. */
        AnyJson: unknown;
        /**
         * @description Environment variables as name → value strings.
         * @example {
         *       "EXAMPLE_ENV": "abc"
         *     }
         */
        EnvironmentVariables: {
            [key: string]: string;
        };
        /** @description A platform user, as embedded in `creator` fields. */
        User: {
            /** @description User ID (without the `user-` prefix). */
            id?: string;
            email?: string;
            display_name?: string | null;
            is_registered?: boolean;
            /**
             * @description Role of the user in the organization.
             * @example admin
             * @example member
             */
            role?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /**
             * @description tests/conftest.py:211-227.
             * @example ja
             */
            preferred_language?: string | null;
            /** @description tests/conftest.py:211-227. */
            profile_icon?: {
                thumbnail_icon_url?: string | null;
                original_icon_url?: string | null;
                mini_icon_url?: string | null;
            } | null;
        };
        /** @description Container size, `{CPUType}-{cpu}` or `{CPUType}:{CPUCategory}-{cpu}` (abeja/common/instance_type.py:34-35, categories `a`–`d` at :18-21), e.g. `cpu-0.25`, `gpu:b-2`. The listed values are the SDK's predefined constants (:71-81), examples rather than an allow-list, so any value of the format is accepted. `cpu-0.25` is the default when creating a service. */
        InstanceType: ("cpu-0.25" | "cpu-1" | "cpu-2" | "cpu-4" | "cpu-8" | "cpu-16" | "gpu:a-1" | "gpu:b-1" | "gpu:b-4" | "gpu:b-8") | string;
        /** @description Lifecycle state of a service. The SDK names only `IN_PROGRESS` (services/api/client.py:76, :281) and `READY` (:162); `STOPPED` and `FAILED` are unverified guesses (they appear nowhere in the SDK or the CLI), so any other string is accepted. */
        ServiceStatus: ("IN_PROGRESS" | "READY" | "STOPPED" | "FAILED") | string;
        /** @description Lifecycle state of a run. The values are the platform's documented ones; the SDK does not check them, so any other string is accepted. */
        RunStatus: ("SUBMITTED" | "PENDING" | "RUNNABLE" | "STARTING" | "RUNNING" | "SUCCEEDED" | "FAILED") | string;
        /** @description Expanded form of a model alias seen in some platform answers. */
        ModelAliasObject: {
            model_id?: string;
            job_definition_id?: string;
        };
        /**
         * @description The trained model attached to a service, trigger or run. The platform documents `alias` as the model
         *     ID string; some answers carry an object with `model_id` and `job_definition_id` instead, so both are
         *     accepted.
         */
        ModelsRef: {
            alias?: string | components["schemas"]["ModelAliasObject"];
        };
        /** @description Selects the trained model by its ID. */
        ModelsRequest: {
            /**
             * @description Model ID.
             * @example 3333333333333
             */
            alias: string;
        };
        LogEvent: {
            message: string;
            /**
             * Format: date-time
             * @example 2018-01-01T00:00:00.000000Z
             */
            timestamp: string;
        };
        /** @description A paging token. When there is nothing more to read the platform still sends the key, with an empty value. */
        PageToken: string | unknown[];
        /** @description Recent log lines, newest first, with tokens to page in either direction. */
        RecentLogs: {
            events: components["schemas"]["LogEvent"][];
            next_backward_token: components["schemas"]["PageToken"];
            next_forward_token: components["schemas"]["PageToken"];
        };
        /** @description Log lines, oldest first. `next_token` is left out once everything has been read. */
        LogPage: {
            events: components["schemas"]["LogEvent"][];
            next_token?: string;
        };
        Deployment: {
            deployment_id: string;
            name: string;
            description?: string;
            creator?: components["schemas"]["User"];
            default_environment?: components["schemas"]["EnvironmentVariables"];
            /** @description Runs of the deployment (may be left empty in these answers). */
            runs?: unknown[];
            /** @description Services of the deployment (may be left empty in these answers). */
            services?: unknown[];
            /** @description Triggers of the deployment (may be left empty in these answers). */
            triggers?: unknown[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
            /** @description Endpoints of the deployment (tests/conftest.py:462-482). */
            endpoints?: unknown[] | null;
            /** @description Daemons of the deployment (tests/conftest.py:462-482). */
            daemons?: unknown[] | null;
            /** @description Code versions of the deployment (tests/conftest.py:462-482). */
            codes?: unknown[] | null;
            /** @description Model bound to the deployment; `null` in the SDK's fixture (tests/conftest.py:462-482). */
            model_id?: string | null;
        };
        /** @description Deployments, documented as `{entries: [...]}`; a bare array is accepted too. */
        DeploymentList: {
            entries: components["schemas"]["Deployment"][];
        } | components["schemas"]["Deployment"][];
        CreateDeploymentRequest: {
            name: string;
            /** @default  */
            description?: string;
            /**
             * @deprecated
             * @description Deprecated; set environment variables on services, triggers or runs instead.
             */
            default_environment?: components["schemas"]["EnvironmentVariables"];
        };
        UpdateDeploymentRequest: {
            name: string;
            default_environment?: components["schemas"]["EnvironmentVariables"];
        };
        DeploymentVersion: {
            deployment_id: string;
            /** @description User-chosen version label, e.g. `0.0.1`. */
            version: string;
            /** @description `ver-` followed by 16 characters. */
            version_id: string;
            /**
             * @description Python handler as `module:function`.
             * @example main:handler
             */
            handler?: string;
            /**
             * @description Runtime image the code runs in.
             * @example abeja-inc/all-cpu:18.10
             */
            image?: string;
            user_parameters?: components["schemas"]["EnvironmentVariables"];
            creator?: components["schemas"]["User"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
            /**
             * Format: uri
             * @description Only in the answer to creation; pre-signed URL to `PUT` the source archive (`.tar.gz`) to.
             */
            upload_url?: string;
            /** @description In the SDK's fixture (tests/conftest.py:485-503), where it is null. */
            description?: string | null;
            /** @description In the SDK's fixture (tests/conftest.py:485-503), where it is null. */
            training_job_id?: string | null;
            /** @description In the SDK's fixture (tests/conftest.py:485-503), where it is null. */
            job_definition_id?: string | null;
            /** @description In the SDK's fixture (tests/conftest.py:485-503), where it is null. */
            job_definition_version?: number | null;
            /** @description In the SDK's fixture (tests/conftest.py:485-503), where it is null. */
            model_id?: string | null;
        };
        /** @description Code versions, documented as `{entries: [...]}`; a bare array is accepted too. */
        DeploymentVersionList: {
            entries: components["schemas"]["DeploymentVersion"][];
        } | components["schemas"]["DeploymentVersion"][];
        CreateDeploymentVersionRequest: {
            version: string;
            handler: string;
            image: string;
            user_parameters?: components["schemas"]["EnvironmentVariables"];
        };
        CreateDeploymentVersionFromTemplateRequest: {
            /** @description ID of a platform code template. */
            template_id: number;
            version: string;
            handler: string;
            image: string;
            user_parameters?: components["schemas"]["EnvironmentVariables"];
        };
        DownloadLink: {
            /**
             * Format: uri
             * @description Pre-signed, short-lived link to the version's source archive.
             */
            download_uri: string;
        };
        Service: {
            /** @description `ser-` followed by 16 characters. */
            service_id: string;
            deployment_id: string;
            models?: components["schemas"]["ModelsRef"];
            /** @description Label of the code version the service runs. */
            model_version?: string;
            /** @description ID (`ver-…`) of the code version the service runs. */
            model_version_id?: string;
            status: components["schemas"]["ServiceStatus"];
            /** @description Number of instances (the initial number when autoscaling). */
            instance_number?: number;
            min_instance_number?: number;
            max_instance_number?: number;
            enable_autoscale?: boolean;
            instance_type?: components["schemas"]["InstanceType"];
            /** @description Dashboard URL with the service's metrics. */
            metrics_url?: string | null;
            /** @description DataLake channel that records the service's requests and answers, if any. */
            record_channel_id?: string | null;
            user_env_vars?: components["schemas"]["EnvironmentVariables"];
            /** @description The service's variables merged over the deployment's defaults. */
            merged_env_vars?: components["schemas"]["EnvironmentVariables"];
            /** @example multi */
            service_process_type?: string;
            disruptable?: boolean;
            creator?: components["schemas"]["User"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
        };
        /**
         * @description Services of a deployment. The platform documents `{entries: [...]}`; the SDK's tests use a bare
         *     array and the SDK passes either through, so both are accepted.
         */
        ServiceList: {
            entries: components["schemas"]["Service"][];
        } | components["schemas"]["Service"][];
        CreateServiceRequest: {
            /** @description Code version to serve. */
            version_id: string;
            instance_type?: components["schemas"]["InstanceType"];
            /** @default 1 */
            instance_number?: number;
            min_instance_number?: number;
            /** @description Upper bound for autoscaling; the CLI's help gives twice `instance_number` as the default. */
            max_instance_number?: number;
            enable_autoscale?: boolean;
            environment?: components["schemas"]["EnvironmentVariables"];
            models?: components["schemas"]["ModelsRequest"];
            /** @description DataLake channel in which to record requests and answers (sent by the CLI). */
            record_channel_id?: string;
        };
        /** @description Settings to change; the platform accepts a partial object. */
        UpdateServiceRequest: {
            instance_number?: number;
            min_instance_number?: number;
            max_instance_number?: number;
            /** @description Boolean; the SDK's docstring shows the strings `'true'` / `'false'`, which are accepted too. */
            enable_autoscale?: boolean | ("true" | "false");
            instance_type?: components["schemas"]["InstanceType"];
            environment?: components["schemas"]["EnvironmentVariables"];
            record_channel_id?: string;
        };
        Endpoint: {
            /** @description `pnt-` followed by 16 characters. */
            endpoint_id: string;
            /** @description Alias; `default` is the one a plain deployment-level request goes to. */
            custom_alias: string;
            service_id: string;
        };
        /** @description Endpoints, documented as `{entries: [...]}`; a bare array is accepted too. */
        EndpointList: {
            entries: components["schemas"]["Endpoint"][];
        } | components["schemas"]["Endpoint"][];
        CreateEndpointRequest: {
            service_id: string;
            /** @default default */
            custom_alias?: string;
        };
        UpdateEndpointRequest: {
            service_id: string;
        };
        Trigger: {
            /** @description `tri-` followed by 16 characters. */
            trigger_id: string;
            deployment_id: string;
            organization_id?: string;
            /** @example datalake */
            input_service_name?: string;
            /** @description For `datalake`, the channel ID. */
            input_service_id?: string;
            output_service_name?: string | null;
            output_service_id?: string | null;
            models?: components["schemas"]["ModelsRef"];
            model_version?: string;
            model_version_id?: string;
            retry_count?: number;
            distribution?: number;
            user_env_vars?: components["schemas"]["EnvironmentVariables"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
        };
        /** @description Triggers, documented as `{entries: [...]}`; a bare array is accepted too. */
        TriggerList: {
            entries: components["schemas"]["Trigger"][];
        } | components["schemas"]["Trigger"][];
        CreateTriggerRequest: {
            version_id: string;
            /**
             * @description Input service; only `datalake` is offered so far.
             * @example datalake
             */
            input_service_name: string;
            /** @description For `datalake`, the channel ID to watch. */
            input_service_id: string;
            output_service_name?: string;
            /** @description Required whenever `output_service_name` is given. */
            output_service_id?: string;
            models?: components["schemas"]["ModelsRequest"];
            /** @default 5 */
            retry_count?: number;
            /** @description Number whose remainder selects the queue; round-robin when absent. */
            distribution?: number;
            /** @description Environment variables for the runs; the SDK sends `null` when none are given. */
            environment?: components["schemas"]["EnvironmentVariables"] | null;
        };
        Run: {
            /** @description `run-` followed by 16 characters. */
            run_id: string;
            deployment_id: string;
            /** @description Present when a trigger started the run. */
            trigger_id?: string;
            models?: components["schemas"]["ModelsRef"];
            model_version?: string;
            model_version_id?: string;
            /** @description Input as `{"<operator>:<protocol version>": "<payload>"}`, e.g. a DataLake file. */
            input_data?: {
                [key: string]: string;
            } | null;
            output_template?: {
                [key: string]: string;
            } | null;
            retry_count?: number;
            distribution?: number;
            status: components["schemas"]["RunStatus"];
            user_env_vars?: components["schemas"]["EnvironmentVariables"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
        };
        RunPage: {
            entries: components["schemas"]["Run"][];
            /** @description Token for the following page; absent or empty on the last page. */
            next_page_token?: string | null;
        };
        CreateRunRequest: {
            version_id: string;
            /** @description Input as `{"<operator>:<protocol version>": "<payload>"}`, passed to the handler. */
            input_data?: {
                [key: string]: string;
            };
            /** @description Output destination in the same operator form. */
            output_template?: {
                [key: string]: string;
            };
            models?: components["schemas"]["ModelsRequest"];
            /** @default 5 */
            retry_count?: number;
            distribution?: number;
            environment?: components["schemas"]["EnvironmentVariables"];
        };
        /** @description The CLI's body (abejacli/run.py:464-487): `git_url`, `image` and `version` always, the rest when given. */
        CreateDeploymentVersionFromGitRequest: {
            /** @description Repository to clone. */
            git_url: string;
            git_branch?: string;
            version: string;
            handler?: string;
            image: string;
            user_parameters?: components["schemas"]["EnvironmentVariables"];
        };
    };
    responses: {
        /** @description The request was malformed, a parameter was missing or invalid, or the resource already exists or is in the wrong state. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "bad_request",
                 *       "error_description": "parameters is insufficient or invalid",
                 *       "error_detail": {
                 *         "source_data": [
                 *           "unknown field"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No credentials, or the credentials were rejected. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unauthorized",
                 *       "error_description": "authentication failed"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller may not act on this organization or resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "forbidden",
                 *       "error_description": "permission denied"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The organization, deployment or sub-resource does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "not_found",
                 *       "error_description": "service not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The HTTP method is not supported on this path. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "method_not_allowed",
                 *       "error_description": "method not allowed"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state of the resource (for example a duplicate name or alias). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "conflict",
                 *       "error_description": "the resource already exists"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The platform failed. The body is usually the JSON error object, but may be plain text. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "internal_server_error",
                 *       "error_description": "an unexpected error occurred"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
                /** @example Internal Server Error */
                "text/plain": string;
            };
        };
        /** @description Any other error, including the 502/503/504 the SDK retries (common/connection.py:178-181): `error` / `error_description`, as every ABEJA error. */
        Default: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Organization ID (13 digits).
         * @example 1122334455660
         */
        OrganizationId: string;
        /**
         * @description Deployment ID (13 digits).
         * @example 1111111111111
         */
        DeploymentId: string;
        /**
         * @description Service ID, normally `ser-` followed by 16 characters.
         * @example ser-abc1111111111111
         */
        ServiceId: string;
        /**
         * @description Code version ID, `ver-` followed by 16 characters.
         * @example ver-abc1111111111111
         */
        VersionId: string;
        /**
         * @description Endpoint ID (`pnt-…`) or the endpoint's custom alias (e.g. `default`).
         * @example pnt-abc1111111111111
         */
        Endpoint: string;
        /**
         * @description Trigger ID, `tri-` followed by 16 characters.
         * @example tri-3333333333333333
         */
        TriggerId: string;
        /**
         * @description Run ID, `run-` followed by 16 characters.
         * @example run-3333333333333333
         */
        RunId: string;
        /**
         * @description The `next_forward_token` of a previous answer, to read newer log lines.
         * @example f/34098274012938475610293847561029384756102938475
         */
        NextForwardToken: string;
        /**
         * @description The `next_backward_token` of a previous answer, to read older log lines.
         * @example b/34098273918273645120938475610293847561029384756
         */
        NextBackwardToken: string;
        /**
         * @description The `next_token` of a previous answer, to continue reading.
         * @example f/34098273918273645120938475610293847561029384756
         */
        NextToken: string;
        /**
         * @description Earliest log time to include, in UTC. The SDK sends `YYYY-MM-DDTHH:MM:SS` without zone or fraction;
         *     the CLI's help shows the same form with a trailing `Z`.
         * @example 2018-06-05T13:00:00
         */
        StartTime: string;
        /**
         * @description Latest log time to include, in UTC, in the same form as `start_time`.
         * @example 2018-06-05T14:00:00
         */
        EndTime: string;
        /**
         * @description The `next_page_token` of a previous answer, to fetch the following page.
         * @example eyJydW5faWQiOiAicnVuLTQ0NDQ0NDQ0NDQ0NDQ0NDQifQ==
         */
        NextPageToken: string;
        /**
         * @description `True` lists oldest first; by default (`False`) the newest come first. Python-style casing: the SDK passes a `bool` to requests, which sends `str(value)`; the client sends the same bytes.
         * @example False
         */
        ScanForward: "True" | "False";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDeployments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployments of the organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "deployment_id": "1111111111111",
                     *           "name": "image-classifier",
                     *           "description": "Classifies product photos into categories.",
                     *           "creator": {
                     *             "display_name": null,
                     *             "email": "platform-support@abeja.asia",
                     *             "id": "1122334455667",
                     *             "is_registered": true,
                     *             "role": "admin",
                     *             "created_at": "2017-05-29T07:48:55Z",
                     *             "updated_at": "2017-11-29T10:21:24Z"
                     *           },
                     *           "default_environment": {},
                     *           "runs": [],
                     *           "services": [],
                     *           "triggers": [],
                     *           "created_at": "2018-06-05T08:52:02.428441Z",
                     *           "modified_at": "2018-06-05T08:52:02.428587Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "image-classifier",
                 *       "description": "Classifies product photos into categories."
                 *     }
                 */
                "application/json": components["schemas"]["CreateDeploymentRequest"];
            };
        };
        responses: {
            /** @description The created deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployment_id": "1111111111111",
                     *       "name": "image-classifier",
                     *       "description": "Classifies product photos into categories.",
                     *       "creator": {
                     *         "display_name": null,
                     *         "email": "platform-support@abeja.asia",
                     *         "id": "1122334455667",
                     *         "is_registered": true,
                     *         "role": "admin",
                     *         "created_at": "2017-05-29T07:48:55Z",
                     *         "updated_at": "2017-11-29T10:21:24Z"
                     *       },
                     *       "default_environment": {},
                     *       "runs": [],
                     *       "services": [],
                     *       "triggers": [],
                     *       "created_at": "2018-06-05T08:52:02.428441Z",
                     *       "modified_at": "2018-06-05T08:52:02.428587Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployment_id": "1111111111111",
                     *       "name": "image-classifier",
                     *       "description": "Classifies product photos into categories.",
                     *       "creator": {
                     *         "display_name": null,
                     *         "email": "platform-support@abeja.asia",
                     *         "id": "1122334455667",
                     *         "is_registered": true,
                     *         "role": "admin",
                     *         "created_at": "2017-05-29T07:48:55Z",
                     *         "updated_at": "2017-11-29T10:21:24Z"
                     *       },
                     *       "default_environment": {},
                     *       "runs": [],
                     *       "services": [],
                     *       "triggers": [],
                     *       "created_at": "2018-06-05T08:52:02.428441Z",
                     *       "modified_at": "2018-06-05T08:52:02.428587Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation naming the deleted deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "1111111111111 deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "image-classifier-v2",
                 *       "default_environment": {
                 *         "SAMPLE_ENV": "SAMPLE_VALUE"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDeploymentRequest"];
            };
        };
        responses: {
            /** @description The updated deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployment_id": "1111111111111",
                     *       "name": "image-classifier-v2",
                     *       "description": "Classifies product photos into categories.",
                     *       "default_environment": {
                     *         "SAMPLE_ENV": "SAMPLE_VALUE"
                     *       },
                     *       "runs": [],
                     *       "services": [],
                     *       "triggers": [],
                     *       "created_at": "2018-06-05T08:52:02.428441Z",
                     *       "modified_at": "2018-06-07T02:15:40.118203Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listDeploymentVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code versions of the deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "deployment_id": "1111111111111",
                     *           "creator": {
                     *             "display_name": null,
                     *             "email": "platform-support@abeja.asia",
                     *             "id": "1122334455667",
                     *             "is_registered": true,
                     *             "role": "admin",
                     *             "created_at": "2017-05-29T07:48:55Z",
                     *             "updated_at": "2017-11-29T10:21:24Z"
                     *           },
                     *           "version": "0.0.1",
                     *           "version_id": "ver-abc1111111111111",
                     *           "handler": "main:handler",
                     *           "image": "abeja-inc/all-cpu:18.10",
                     *           "user_parameters": {},
                     *           "created_at": "2018-06-05T09:10:15.462664Z",
                     *           "modified_at": "2018-06-05T09:10:15.462824Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentVersionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createDeploymentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": "0.0.1",
                 *       "handler": "main:handler",
                 *       "image": "abeja-inc/all-cpu:18.10",
                 *       "user_parameters": {
                 *         "SAMPLE_ENV": "SAMPLE_VALUE"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateDeploymentVersionRequest"];
            };
        };
        responses: {
            /** @description The new version, with the upload URL for its source archive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployment_id": "1111111111111",
                     *       "version": "0.0.1",
                     *       "version_id": "ver-abc1111111111111",
                     *       "handler": "main:handler",
                     *       "image": "abeja-inc/all-cpu:18.10",
                     *       "user_parameters": {
                     *         "SAMPLE_ENV": "SAMPLE_VALUE"
                     *       },
                     *       "created_at": "2018-06-05T09:10:15.462664Z",
                     *       "modified_at": "2018-06-05T09:10:15.462824Z",
                     *       "upload_url": "https://abeja-model-api-src.s3.amazonaws.com/1122334455660/ver-abc1111111111111/source.tgz?X-Amz-Signature=0123abcd"
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createDeploymentVersionFromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_id": 1,
                 *       "version": "0.0.2",
                 *       "handler": "main:handler",
                 *       "image": "abeja-inc/all-cpu:18.10"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDeploymentVersionFromTemplateRequest"];
            };
        };
        responses: {
            /** @description The new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployment_id": "1111111111111",
                     *       "version": "0.0.2",
                     *       "version_id": "ver-abc2222222222222",
                     *       "handler": "main:handler",
                     *       "image": "abeja-inc/all-cpu:18.10",
                     *       "user_parameters": {},
                     *       "created_at": "2018-06-14T07:15:43.462664Z",
                     *       "modified_at": "2018-06-14T07:15:43.462824Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getDeploymentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Code version ID, `ver-` followed by 16 characters.
                 * @example ver-abc1111111111111
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployment_id": "1111111111111",
                     *       "version_id": "ver-abc1111111111111",
                     *       "version": "0.0.1",
                     *       "handler": "main:handler",
                     *       "image": "abeja-inc/all-cpu:18.10",
                     *       "user_parameters": {
                     *         "SAMPLE_ENV": "SAMPLE_VALUE"
                     *       },
                     *       "created_at": "2018-06-05T09:10:15.462664Z",
                     *       "modified_at": "2018-06-05T09:10:15.462824Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteDeploymentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Code version ID, `ver-` followed by 16 characters.
                 * @example ver-abc1111111111111
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation naming the deleted version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ver-abc1111111111111 deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    downloadDeploymentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Code version ID, `ver-` followed by 16 characters.
                 * @example ver-abc1111111111111
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "download_uri": "https://abeja-model-api-src.s3.amazonaws.com/1122334455660/ver-abc1111111111111/source.tgz?X-Amz-Signature=4567efab"
                     *     }
                     */
                    "application/json": components["schemas"]["DownloadLink"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services of the deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "service_id": "ser-abc1111111111111",
                     *           "deployment_id": "1111111111111",
                     *           "models": {
                     *             "alias": "3333333333333"
                     *           },
                     *           "model_version": "0.0.1",
                     *           "model_version_id": "ver-abc1111111111111",
                     *           "status": "READY",
                     *           "instance_number": 1,
                     *           "min_instance_number": 1,
                     *           "max_instance_number": 2,
                     *           "enable_autoscale": true,
                     *           "instance_type": "cpu-0.25",
                     *           "metrics_url": "https://p.datadoghq.com/sb/aaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                     *           "user_env_vars": {
                     *             "EXAMPLE_ENV": "abc"
                     *           },
                     *           "created_at": "2018-06-05T13:07:49.602076Z",
                     *           "modified_at": "2018-06-05T13:12:04.318820Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version_id": "ver-abc1111111111111",
                 *       "instance_type": "cpu-0.25",
                 *       "instance_number": 1,
                 *       "min_instance_number": 1,
                 *       "max_instance_number": 2,
                 *       "enable_autoscale": true,
                 *       "models": {
                 *         "alias": "3333333333333"
                 *       },
                 *       "environment": {
                 *         "EXAMPLE_ENV": "abc"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateServiceRequest"];
            };
        };
        responses: {
            /** @description The service being created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "service_id": "ser-abc1111111111111",
                     *       "deployment_id": "1111111111111",
                     *       "models": {
                     *         "alias": "3333333333333"
                     *       },
                     *       "model_version": "0.0.1",
                     *       "model_version_id": "ver-abc1111111111111",
                     *       "status": "IN_PROGRESS",
                     *       "instance_number": 1,
                     *       "min_instance_number": 1,
                     *       "max_instance_number": 2,
                     *       "enable_autoscale": true,
                     *       "instance_type": "cpu-0.25",
                     *       "metrics_url": "https://p.datadoghq.com/sb/aaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                     *       "user_env_vars": {
                     *         "EXAMPLE_ENV": "abc"
                     *       },
                     *       "created_at": "2018-06-05T13:07:49.602076Z",
                     *       "modified_at": "2018-06-05T13:07:50.771671Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "service_id": "ser-abc1111111111111",
                     *       "deployment_id": "1111111111111",
                     *       "models": {
                     *         "alias": "3333333333333"
                     *       },
                     *       "model_version": "0.0.1",
                     *       "model_version_id": "ver-abc1111111111111",
                     *       "status": "READY",
                     *       "instance_number": 1,
                     *       "min_instance_number": 1,
                     *       "max_instance_number": 2,
                     *       "enable_autoscale": true,
                     *       "instance_type": "cpu-0.25",
                     *       "metrics_url": "https://p.datadoghq.com/sb/aaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                     *       "user_env_vars": {
                     *         "EXAMPLE_ENV": "abc"
                     *       },
                     *       "created_at": "2018-06-05T13:07:49.602076Z",
                     *       "modified_at": "2018-06-05T13:12:04.318820Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Service"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation naming the deleted service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ser-abc1111111111111 deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "instance_number": 4,
                 *       "min_instance_number": 2,
                 *       "max_instance_number": 6,
                 *       "enable_autoscale": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateServiceRequest"];
            };
        };
        responses: {
            /** @description The service with its new settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "service_id": "ser-abc1111111111111",
                     *       "deployment_id": "1111111111111",
                     *       "models": {
                     *         "alias": "3333333333333"
                     *       },
                     *       "model_version": "0.0.1",
                     *       "model_version_id": "ver-abc1111111111111",
                     *       "status": "IN_PROGRESS",
                     *       "instance_number": 4,
                     *       "min_instance_number": 2,
                     *       "max_instance_number": 6,
                     *       "enable_autoscale": true,
                     *       "instance_type": "cpu-0.25",
                     *       "metrics_url": "https://p.datadoghq.com/sb/aaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                     *       "record_channel_id": "5678901234567",
                     *       "user_env_vars": {
                     *         "EXAMPLE_ENV": "abc"
                     *       },
                     *       "merged_env_vars": {
                     *         "SAMPLE_ENV": "SAMPLE_VALUE",
                     *         "EXAMPLE_ENV": "abc"
                     *       },
                     *       "service_process_type": "multi",
                     *       "created_at": "2018-06-05T13:07:49.602076Z",
                     *       "modified_at": "2018-06-06T01:20:31.102289Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    stopService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation naming the stopped service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ser-abc1111111111111 stopped"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    startService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation naming the started service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ser-abc1111111111111 started"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getServiceRecentLogs: {
        parameters: {
            query?: {
                /**
                 * @description The `next_forward_token` of a previous answer, to read newer log lines.
                 * @example f/34098274012938475610293847561029384756102938475
                 */
                next_forward_token?: components["parameters"]["NextForwardToken"];
                /**
                 * @description The `next_backward_token` of a previous answer, to read older log lines.
                 * @example b/34098273918273645120938475610293847561029384756
                 */
                next_backward_token?: components["parameters"]["NextBackwardToken"];
                /**
                 * @description Earliest log time to include, in UTC. The SDK sends `YYYY-MM-DDTHH:MM:SS` without zone or fraction;
                 *     the CLI's help shows the same form with a trailing `Z`.
                 * @example 2018-06-05T13:00:00
                 */
                start_time?: components["parameters"]["StartTime"];
                /**
                 * @description Latest log time to include, in UTC, in the same form as `start_time`.
                 * @example 2018-06-05T14:00:00
                 */
                end_time?: components["parameters"]["EndTime"];
            };
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "message": "[info] request handled in 42 ms",
                     *           "timestamp": "2018-06-05T13:15:02.513000Z"
                     *         },
                     *         {
                     *           "message": "[info] service ser-abc1111111111111 is ready",
                     *           "timestamp": "2018-06-05T13:12:04.100000Z"
                     *         }
                     *       ],
                     *       "next_backward_token": "b/34098273918273645120938475610293847561029384756",
                     *       "next_forward_token": "f/34098274012938475610293847561029384756102938475"
                     *     }
                     */
                    "application/json": components["schemas"]["RecentLogs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getServiceLogs: {
        parameters: {
            query?: {
                /**
                 * @description The `next_token` of a previous answer, to continue reading.
                 * @example f/34098273918273645120938475610293847561029384756
                 */
                next_token?: components["parameters"]["NextToken"];
                /**
                 * @description Earliest log time to include, in UTC. The SDK sends `YYYY-MM-DDTHH:MM:SS` without zone or fraction;
                 *     the CLI's help shows the same form with a trailing `Z`.
                 * @example 2018-06-05T13:00:00
                 */
                start_time?: components["parameters"]["StartTime"];
                /**
                 * @description Latest log time to include, in UTC, in the same form as `start_time`.
                 * @example 2018-06-05T14:00:00
                 */
                end_time?: components["parameters"]["EndTime"];
            };
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log events, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "message": "[info] installing requirements.txt",
                     *           "timestamp": "2018-06-05T13:08:10.201000Z"
                     *         },
                     *         {
                     *           "message": "[info] service ser-abc1111111111111 is ready",
                     *           "timestamp": "2018-06-05T13:12:04.100000Z"
                     *         }
                     *       ],
                     *       "next_token": "f/34098273918273645120938475610293847561029384756"
                     *     }
                     */
                    "application/json": components["schemas"]["LogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    requestService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Service ID, normally `ser-` followed by 16 characters.
                 * @example ser-abc1111111111111
                 */
                service_id: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "foo": "bar",
                 *       "baz": "qux"
                 *     }
                 */
                "application/json": components["schemas"]["AnyJson"];
                "application/octet-stream": Blob | Uint8Array | string;
                "*/*": Blob | Uint8Array | string;
            };
        };
        responses: {
            /** @description The handler's answer, in the content type it set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["AnyJson"];
                    "*/*": Blob | Uint8Array | string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    requestDefaultEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "foo": "bar"
                 *     }
                 */
                "application/json": components["schemas"]["AnyJson"];
                "application/octet-stream": Blob | Uint8Array | string;
                "*/*": Blob | Uint8Array | string;
            };
        };
        responses: {
            /** @description The handler's answer, in the content type it set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["AnyJson"];
                    "*/*": Blob | Uint8Array | string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints of the deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "endpoint_id": "pnt-abc1111111111111",
                     *           "custom_alias": "default",
                     *           "service_id": "ser-abc1111111111111"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service_id": "ser-abc1111111111111",
                 *       "custom_alias": "default"
                 *     }
                 */
                "application/json": components["schemas"]["CreateEndpointRequest"];
            };
        };
        responses: {
            /** @description The created endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpoint_id": "pnt-abc1111111111111",
                     *       "custom_alias": "default",
                     *       "service_id": "ser-abc1111111111111"
                     *     }
                     */
                    "application/json": components["schemas"]["Endpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Endpoint ID (`pnt-…`) or the endpoint's custom alias (e.g. `default`).
                 * @example pnt-abc1111111111111
                 */
                endpoint: components["parameters"]["Endpoint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpoint_id": "pnt-abc1111111111111",
                     *       "custom_alias": "default",
                     *       "service_id": "ser-abc1111111111111"
                     *     }
                     */
                    "application/json": components["schemas"]["Endpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Endpoint ID (`pnt-…`) or the endpoint's custom alias (e.g. `default`).
                 * @example pnt-abc1111111111111
                 */
                endpoint: components["parameters"]["Endpoint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation naming the deleted endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "pnt-abc1111111111111 deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Endpoint ID (`pnt-…`) or the endpoint's custom alias (e.g. `default`).
                 * @example pnt-abc1111111111111
                 */
                endpoint: components["parameters"]["Endpoint"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service_id": "ser-abc2222222222222"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateEndpointRequest"];
            };
        };
        responses: {
            /** @description Confirmation naming the updated endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "pnt-abc1111111111111 updated"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The triggers of the deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "trigger_id": "tri-3333333333333333",
                     *           "deployment_id": "1111111111111",
                     *           "organization_id": "1122334455660",
                     *           "input_service_name": "datalake",
                     *           "input_service_id": "2222222222222",
                     *           "output_service_name": null,
                     *           "output_service_id": null,
                     *           "models": {
                     *             "alias": "3333333333333"
                     *           },
                     *           "model_version": "0.0.1",
                     *           "model_version_id": "ver-abc1111111111111",
                     *           "retry_count": 5,
                     *           "user_env_vars": {
                     *             "EXAMPLE_ENV": "example"
                     *           },
                     *           "created_at": "2018-06-08T04:00:00.000000Z",
                     *           "modified_at": "2018-06-08T04:00:00.000000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TriggerList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version_id": "ver-abc1111111111111",
                 *       "input_service_name": "datalake",
                 *       "input_service_id": "2222222222222",
                 *       "models": {
                 *         "alias": "3333333333333"
                 *       },
                 *       "retry_count": 5,
                 *       "distribution": 0,
                 *       "environment": {
                 *         "EXAMPLE_ENV": "example"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTriggerRequest"];
            };
        };
        responses: {
            /** @description The created trigger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trigger_id": "tri-3333333333333333",
                     *       "deployment_id": "1111111111111",
                     *       "organization_id": "1122334455660",
                     *       "input_service_name": "datalake",
                     *       "input_service_id": "2222222222222",
                     *       "output_service_name": null,
                     *       "output_service_id": null,
                     *       "models": {
                     *         "alias": "3333333333333"
                     *       },
                     *       "model_version": "0.0.1",
                     *       "model_version_id": "ver-abc1111111111111",
                     *       "retry_count": 5,
                     *       "distribution": 0,
                     *       "user_env_vars": {
                     *         "EXAMPLE_ENV": "example"
                     *       },
                     *       "created_at": "2018-06-08T04:00:00.000000Z",
                     *       "modified_at": "2018-06-08T04:00:00.000000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Trigger"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Trigger ID, `tri-` followed by 16 characters.
                 * @example tri-3333333333333333
                 */
                trigger_id: components["parameters"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trigger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trigger_id": "tri-3333333333333333",
                     *       "deployment_id": "1111111111111",
                     *       "organization_id": "1122334455660",
                     *       "input_service_name": "datalake",
                     *       "input_service_id": "2222222222222",
                     *       "output_service_name": null,
                     *       "output_service_id": null,
                     *       "models": {
                     *         "alias": "3333333333333"
                     *       },
                     *       "model_version": "0.0.1",
                     *       "model_version_id": "ver-abc1111111111111",
                     *       "retry_count": 5,
                     *       "user_env_vars": {
                     *         "EXAMPLE_ENV": "example"
                     *       },
                     *       "created_at": "2018-06-08T04:00:00.000000Z",
                     *       "modified_at": "2018-06-08T04:00:00.000000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Trigger"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Trigger ID, `tri-` followed by 16 characters.
                 * @example tri-3333333333333333
                 */
                trigger_id: components["parameters"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmation naming the deleted trigger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "tri-3333333333333333 deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listTriggerRuns: {
        parameters: {
            query?: {
                /**
                 * @description The `next_page_token` of a previous answer, to fetch the following page.
                 * @example eyJydW5faWQiOiAicnVuLTQ0NDQ0NDQ0NDQ0NDQ0NDQifQ==
                 */
                next_page_token?: components["parameters"]["NextPageToken"];
                /**
                 * @description `True` lists oldest first; by default (`False`) the newest come first. Python-style casing: the SDK passes a `bool` to requests, which sends `str(value)`; the client sends the same bytes.
                 * @example False
                 */
                scan_forward?: components["parameters"]["ScanForward"];
            };
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Trigger ID, `tri-` followed by 16 characters.
                 * @example tri-3333333333333333
                 */
                trigger_id: components["parameters"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "run_id": "run-4444444444444444",
                     *           "deployment_id": "1111111111111",
                     *           "trigger_id": "tri-3333333333333333",
                     *           "models": {
                     *             "alias": "3333333333333"
                     *           },
                     *           "model_version_id": "ver-abc1111111111111",
                     *           "input_data": {
                     *             "$datalake:1": "2222222222222/20180608T041500-e8286a2a-100a-4a40-a7de-5c9a5794b76c"
                     *           },
                     *           "output_template": null,
                     *           "retry_count": 5,
                     *           "status": "SUCCEEDED",
                     *           "user_env_vars": {
                     *             "EXAMPLE_ENV": "example"
                     *           },
                     *           "created_at": "2018-06-08T04:15:01.000000Z",
                     *           "modified_at": "2018-06-08T04:16:12.000000Z"
                     *         }
                     *       ],
                     *       "next_page_token": "eyJydW5faWQiOiAicnVuLTQ0NDQ0NDQ0NDQ0NDQ0NDQifQ=="
                     *     }
                     */
                    "application/json": components["schemas"]["RunPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /**
                 * @description The `next_page_token` of a previous answer, to fetch the following page.
                 * @example eyJydW5faWQiOiAicnVuLTQ0NDQ0NDQ0NDQ0NDQ0NDQifQ==
                 */
                next_page_token?: components["parameters"]["NextPageToken"];
                /**
                 * @description `True` lists oldest first; by default (`False`) the newest come first. Python-style casing: the SDK passes a `bool` to requests, which sends `str(value)`; the client sends the same bytes.
                 * @example False
                 */
                scan_forward?: components["parameters"]["ScanForward"];
            };
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "run_id": "run-3333333333333333",
                     *           "deployment_id": "1111111111111",
                     *           "models": {
                     *             "alias": "3333333333333"
                     *           },
                     *           "model_version": "0.0.1",
                     *           "model_version_id": "ver-abc1111111111111",
                     *           "input_data": {
                     *             "$datalake:1": "2222222222222/20180101T112233-44444444-5555-6666-7777-888888888888"
                     *           },
                     *           "output_template": null,
                     *           "retry_count": 5,
                     *           "status": "RUNNING",
                     *           "user_env_vars": {
                     *             "DEBUG": "debug"
                     *           },
                     *           "created_at": "2018-06-09T00:00:00.000000Z",
                     *           "modified_at": "2018-06-09T00:00:21.000000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version_id": "ver-abc1111111111111",
                 *       "input_data": {
                 *         "$datalake:1": "2222222222222/20180101T112233-44444444-5555-6666-7777-888888888888"
                 *       },
                 *       "models": {
                 *         "alias": "3333333333333"
                 *       },
                 *       "retry_count": 5,
                 *       "distribution": 0,
                 *       "environment": {
                 *         "DEBUG": "debug"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateRunRequest"];
            };
        };
        responses: {
            /** @description The submitted run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "run_id": "run-3333333333333333",
                     *       "deployment_id": "1111111111111",
                     *       "models": {
                     *         "alias": "3333333333333"
                     *       },
                     *       "model_version": "0.0.1",
                     *       "model_version_id": "ver-abc1111111111111",
                     *       "input_data": {
                     *         "$datalake:1": "2222222222222/20180101T112233-44444444-5555-6666-7777-888888888888"
                     *       },
                     *       "output_template": null,
                     *       "retry_count": 5,
                     *       "distribution": 0,
                     *       "status": "SUBMITTED",
                     *       "user_env_vars": {
                     *         "DEBUG": "debug"
                     *       },
                     *       "created_at": "2018-06-09T00:00:00.000000Z",
                     *       "modified_at": "2018-06-09T00:00:00.000000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Run"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Run ID, `run-` followed by 16 characters.
                 * @example run-3333333333333333
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "run_id": "run-3333333333333333",
                     *       "deployment_id": "1111111111111",
                     *       "models": {
                     *         "alias": "3333333333333"
                     *       },
                     *       "model_version": "0.0.1",
                     *       "model_version_id": "ver-abc1111111111111",
                     *       "input_data": {
                     *         "$datalake:1": "2222222222222/20180101T112233-44444444-5555-6666-7777-888888888888"
                     *       },
                     *       "output_template": null,
                     *       "retry_count": 5,
                     *       "status": "SUCCEEDED",
                     *       "user_env_vars": {
                     *         "DEBUG": "debug"
                     *       },
                     *       "created_at": "2018-06-09T00:00:00.000000Z",
                     *       "modified_at": "2018-06-09T00:01:05.000000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunLogs: {
        parameters: {
            query?: {
                /**
                 * @description The `next_token` of a previous answer, to continue reading.
                 * @example f/34098273918273645120938475610293847561029384756
                 */
                next_token?: components["parameters"]["NextToken"];
                /**
                 * @description Earliest log time to include, in UTC. The SDK sends `YYYY-MM-DDTHH:MM:SS` without zone or fraction;
                 *     the CLI's help shows the same form with a trailing `Z`.
                 * @example 2018-06-05T13:00:00
                 */
                start_time?: components["parameters"]["StartTime"];
                /**
                 * @description Latest log time to include, in UTC, in the same form as `start_time`.
                 * @example 2018-06-05T14:00:00
                 */
                end_time?: components["parameters"]["EndTime"];
            };
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Run ID, `run-` followed by 16 characters.
                 * @example run-3333333333333333
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log events, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "message": "[info] start run run-3333333333333333",
                     *           "timestamp": "2018-06-09T00:00:20.120000Z"
                     *         },
                     *         {
                     *           "message": "[info] handler finished",
                     *           "timestamp": "2018-06-09T00:01:04.870000Z"
                     *         }
                     *       ],
                     *       "next_token": "f/34098299112938475610293847561029384756102938475"
                     *     }
                     */
                    "application/json": components["schemas"]["LogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunRecentLogs: {
        parameters: {
            query?: {
                /**
                 * @description The `next_forward_token` of a previous answer, to read newer log lines.
                 * @example f/34098274012938475610293847561029384756102938475
                 */
                next_forward_token?: components["parameters"]["NextForwardToken"];
                /**
                 * @description The `next_backward_token` of a previous answer, to read older log lines.
                 * @example b/34098273918273645120938475610293847561029384756
                 */
                next_backward_token?: components["parameters"]["NextBackwardToken"];
                /**
                 * @description Earliest log time to include, in UTC. The SDK sends `YYYY-MM-DDTHH:MM:SS` without zone or fraction;
                 *     the CLI's help shows the same form with a trailing `Z`.
                 * @example 2018-06-05T13:00:00
                 */
                start_time?: components["parameters"]["StartTime"];
                /**
                 * @description Latest log time to include, in UTC, in the same form as `start_time`.
                 * @example 2018-06-05T14:00:00
                 */
                end_time?: components["parameters"]["EndTime"];
            };
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
                /**
                 * @description Run ID, `run-` followed by 16 characters.
                 * @example run-3333333333333333
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "message": "[info] handler finished",
                     *           "timestamp": "2018-06-09T00:01:04.870000Z"
                     *         },
                     *         {
                     *           "message": "[info] start run run-3333333333333333",
                     *           "timestamp": "2018-06-09T00:00:20.120000Z"
                     *         }
                     *       ],
                     *       "next_backward_token": "b/34098299012938475610293847561029384756102938475",
                     *       "next_forward_token": "f/34098299112938475610293847561029384756102938475"
                     *     }
                     */
                    "application/json": components["schemas"]["RecentLogs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createDeploymentVersionFromGit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID (13 digits).
                 * @example 1122334455660
                 */
                organization_id: components["parameters"]["OrganizationId"];
                /**
                 * @description Deployment ID (13 digits).
                 * @example 1111111111111
                 */
                deployment_id: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "git_url": "https://github.com/abeja-inc/platform-template-image-classification.git",
                 *       "git_branch": "master",
                 *       "version": "0.0.2",
                 *       "handler": "main:handler",
                 *       "image": "abeja-inc/all-cpu:19.10"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDeploymentVersionFromGitRequest"];
            };
        };
        responses: {
            /** @description The new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deployment_id": "1111111111111",
                     *       "version": "0.0.2",
                     *       "version_id": "ver-abc2222222222222",
                     *       "handler": "main:handler",
                     *       "image": "abeja-inc/all-cpu:19.10",
                     *       "created_at": "2018-06-05T09:10:15.462664Z",
                     *       "modified_at": "2018-06-05T09:10:15.462824Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DeploymentVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
}
