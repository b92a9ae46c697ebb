// This file is generated from specs/nextmv.openapi.yaml by scripts/generate-types.mjs.
// Do not edit it by hand: edit the spec, then run `pnpm generate`.

export interface paths {
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description Lists the applications of the account. Without `pagereturn` the answer is a bare array; with
         *     `pagereturn=true` it is a page object whose `next_page_token` feeds the next request's `pagetoken`.
         */
        get: operations["listApplications"];
        put?: never;
        /** Create an application */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get an application
         * @description Returns one application; a 404 means it does not exist.
         */
        get: operations["getApplication"];
        /**
         * Replace an application's definition
         * @description Replaces the editable fields of the application. The SDK reads the application first and sends the
         *     whole object back with its changes, so omitted fields may be reset.
         */
        put: operations["updateApplication"];
        post?: never;
        /**
         * Delete an application
         * @description Deletes the application together with its instances, versions and runs.
         */
        delete: operations["deleteApplication"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/binary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get a presigned URL for pushing the application's code
         * @description First step of a push: returns a presigned URL. The client uploads the application as a `.tar.gz`
         *     archive to it with `PUT` and `Content-Type: application/octet-stream`, without the `Authorization`
         *     header, then calls `updateBinary` to record how to execute it.
         */
        get: operations["getBinaryUploadUrl"];
        /**
         * Record the execution requirements of the pushed code
         * @description Second step of a push, after the archive was uploaded: tells the platform which runtime and
         *     entrypoint execute the code and how input and output are exchanged.
         */
        put: operations["updateBinary"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/uploadurl": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an upload URL for a large input
         * @description Returns a presigned storage URL and its `upload_id`. The client `PUT`s the data there without the
         *     `Authorization` header (JSON text, or a `.tar.gz` archive for multi-file and CSV inputs) and then
         *     passes `upload_id` to `createRun`, `createManagedInput` or an external run result. The SDK uses this
         *     path for inputs over 5 MiB, text inputs, non-JSON formats and directories.
         */
        post: operations["createUploadUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List past runs
         * @description Lists recent runs of the application (at most 50 per request). Without `pagereturn` the answer is
         *     `{runs: [...]}`; with `pagereturn=true` it is `{items: [...], next_page_token}`. The SDK filters by
         *     `status_v2` on the client side.
         */
        get: operations["listRuns"];
        put?: never;
        /**
         * Start a run
         * @description Queues a new run of the application. Supply exactly one source of input: inline `input`, an
         *     `upload_id` from `createUploadUrl`, or a managed `input_id`. External runs (`configuration.run_type.type:
         *     external`) carry a `result` instead of being executed. The answer only holds the run id; poll
         *     `getRunMetadata` until `status_v2` is terminal (`succeeded`, `failed`, `canceled`).
         */
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get a run with its output
         * @description Returns the run's information, metadata and `output`. With `format=url` the `output` field is
         *     replaced by `{url}`, a presigned download URL (a `.tar.gz` archive for non-JSON formats). Use
         *     `format=url` whenever `metadata.format.output.type` is not `json` or `metadata.output_size` exceeds
         *     5 MiB: the service may answer 400 otherwise.
         */
        get: operations["getRunResult"];
        /**
         * Rename or re-describe a run
         * @description Changes the name and/or description of a run (documented by Nextmv; the SDK does not call it).
         */
        put: operations["updateRun"];
        post?: never;
        /**
         * Delete a run
         * @description Deletes a run. Inferred: the nextmv CLI calls `cloud_app.delete_run(run_id)` (cli/cloud/run/delete.py:49); the method's body was not available, so the path and the 204 follow the other deletes.
         */
        delete: operations["deleteRun"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/{run_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get a run's status and metadata
         * @description Returns the run without its output; this is the endpoint to poll while a run is in progress.
         */
        get: operations["getRunMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/{run_id}/input": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get the input of a run
         * @description Returns the input the run was started with, verbatim. With `format=url` the answer is instead
         *     `{url}` (see `DownloadUrl`), a presigned link to the stored input; use it for large or non-JSON inputs.
         */
        get: operations["getRunInput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/{run_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get the logs of a finished run
         * @description Returns everything the run wrote to stderr as one string.
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
    "/v1/applications/{application_id}/runs/{run_id}/logs/live": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Stream the logs of a run in progress
         * @description Returns the log lines written since the `since` token. Keep calling with the returned
         *     `next_page_token` as `since`, waiting `next_available_in_seconds` between calls, until `status_v2` is
         *     terminal.
         */
        get: operations["getRunLiveLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cancel a run
         * @description Cancels a run that has not finished yet. Note that the SDK does not retry PATCH requests on 429.
         */
        patch: operations["cancelRun"];
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/{run_id}/assets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * List the assets of a run
         * @description Lists the files (charts, maps, reports) the run produced as assets.
         */
        get: operations["listRunAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/runs/{run_id}/assets/{asset_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
                /**
                 * @description Asset id, from `listRunAssets`.
                 * @example asset-3kWq9pLm
                 */
                asset_id: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        /**
         * Get a download URL for a run asset
         * @description Returns a presigned URL; fetch it without the `Authorization` header to get the asset's content.
         */
        get: operations["getRunAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /** List instances */
        get: operations["listInstances"];
        put?: never;
        /** Create an instance */
        post: operations["createInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/instances/{instance_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Instance id.
                 * @example production
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        /** Get an instance */
        get: operations["getInstance"];
        /**
         * Replace an instance's definition
         * @description The SDK sends the full instance (as read) with its changes applied.
         */
        put: operations["updateInstance"];
        post?: never;
        /** Delete an instance */
        delete: operations["deleteInstance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /** List versions */
        get: operations["listVersions"];
        put?: never;
        /**
         * Create a version from the latest pushed code
         * @description Snapshots the code most recently pushed with `updateBinary` as a new immutable version.
         */
        post: operations["createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Version id.
                 * @example v1-2-0
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        /** Get a version */
        get: operations["getVersion"];
        /**
         * Replace a version's name and description
         * @description The SDK sends the full version (as read) with the new name and/or description.
         */
        put: operations["updateVersion"];
        post?: never;
        /** Delete a version */
        delete: operations["deleteVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /** List managed inputs */
        get: operations["listManagedInputs"];
        put?: never;
        /**
         * Create a managed input
         * @description Stores an input for reuse, either copied from an existing run (`run_id`) or from data uploaded
         *     beforehand through `createUploadUrl` (`upload_id`).
         */
        post: operations["createManagedInput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/inputs/{input_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Managed input id.
                 * @example input-dallas-monday
                 */
                input_id: components["parameters"]["InputId"];
            };
            cookie?: never;
        };
        /** Get a managed input */
        get: operations["getManagedInput"];
        /**
         * Replace a managed input's name and description
         * @description The SDK sends the full managed input (as read) with the new name and/or description.
         */
        put: operations["updateManagedInput"];
        post?: never;
        /** Delete a managed input */
        delete: operations["deleteManagedInput"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/inputsets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /** List input sets */
        get: operations["listInputSets"];
        put?: never;
        /**
         * Create an input set
         * @description Groups inputs for experiments (the documentation caps a set at 20 inputs). The inputs come from
         *     managed inputs (`inputs`), explicit runs (`run_ids`), or the runs of an instance within a time window
         *     (`instance_id`, `start_time`, `end_time`, `maximum_runs`).
         */
        post: operations["createInputSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/inputsets/{input_set_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Input set id.
                 * @example input-set-dallas-week
                 */
                input_set_id: components["parameters"]["InputSetId"];
            };
            cookie?: never;
        };
        /** Get an input set */
        get: operations["getInputSet"];
        /**
         * Update an input set
         * @description Changes the name, description or member inputs of an input set.
         */
        put: operations["updateInputSet"];
        post?: never;
        /**
         * Delete an input set
         * @description Deletes an input set. Inferred: the nextmv CLI calls `app.delete_input_set(input_set_id=…)` (cli/actions/input_set.py); the method's body was not available, so the path and the 204 follow the other deletes.
         */
        delete: operations["deleteInputSet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/batch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List batch experiments or scenario tests
         * @description Scenario tests are batch experiments of type `scenario`; pick which kind to list with `type`.
         */
        get: operations["listBatchExperiments"];
        put?: never;
        /**
         * Start a batch experiment or scenario test
         * @description Runs every requested combination of input, instance or version, and option set. Either name an
         *     `input_set_id` (crossed with `option_sets`) or spell out `runs`. The SDK builds scenario tests
         *     (`type: scenario`) by creating the input sets and managed inputs itself and expanding option sets ×
         *     inputs × repetitions into `runs`.
         */
        post: operations["createBatchExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/batch/{batch_experiment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        /** Get a batch experiment or scenario test */
        get: operations["getBatchExperiment"];
        put?: never;
        post?: never;
        /**
         * Delete a batch experiment or scenario test
         * @description Deletes the experiment and its runs.
         */
        delete: operations["deleteBatchExperiment"];
        options?: never;
        head?: never;
        /** Rename or re-describe a batch experiment */
        patch: operations["updateBatchExperiment"];
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/batch/{batch_experiment_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        /** List the runs of a batch experiment */
        get: operations["listBatchExperimentRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/batch/{batch_experiment_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        /**
         * Get the metadata of a batch experiment
         * @description A lighter read than `getBatchExperiment`, without summaries; suitable for polling the status.
         */
        get: operations["getBatchExperimentMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /** List acceptance tests */
        get: operations["listAcceptanceTests"];
        put?: never;
        /**
         * Create an acceptance test
         * @description Compares a candidate instance against a control instance on the runs of the batch experiment
         *     `experiment_id`. The SDK first makes sure a batch experiment with the same id exists (creating one from
         *     the input set with a run per input for each instance).
         */
        post: operations["createAcceptanceTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/acceptance/{acceptance_test_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Acceptance test id.
                 * @example acceptance-v1-3-0
                 */
                acceptance_test_id: components["parameters"]["AcceptanceTestId"];
            };
            cookie?: never;
        };
        /** Get an acceptance test with its results */
        get: operations["getAcceptanceTest"];
        put?: never;
        post?: never;
        /** Delete an acceptance test */
        delete: operations["deleteAcceptanceTest"];
        options?: never;
        head?: never;
        /** Rename or re-describe an acceptance test */
        patch: operations["updateAcceptanceTest"];
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/shadow": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /** List shadow tests */
        get: operations["listShadowTests"];
        put?: never;
        /**
         * Create a shadow test
         * @description Creates a shadow test in draft: once started, every run of a baseline instance is repeated on its
         *     candidate instances until a termination event happens. `comparisons` maps each baseline instance id to
         *     its candidate instance ids.
         */
        post: operations["createShadowTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/shadow/{shadow_test_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        /**
         * Get a shadow test
         * @description Returns the test definition and summaries; its runs come from `listShadowTestRuns`.
         */
        get: operations["getShadowTest"];
        put?: never;
        post?: never;
        /**
         * Delete a shadow test
         * @description Deletes the shadow test and its runs.
         */
        delete: operations["deleteShadowTest"];
        options?: never;
        head?: never;
        /** Rename or re-describe a shadow test */
        patch: operations["updateShadowTest"];
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/shadow/{shadow_test_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        /** List the runs of a shadow test */
        get: operations["listShadowTestRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/shadow/{shadow_test_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        /** Get the metadata of a shadow test */
        get: operations["getShadowTestMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/shadow/{shadow_test_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Start a shadow test
         * @description Starts a shadow test that is still in draft.
         */
        put: operations["startShadowTest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/shadow/{shadow_test_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Stop a shadow test
         * @description Stops a started shadow test, either completing it or canceling it (`intent`).
         */
        put: operations["stopShadowTest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/switchback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List switchback tests
         * @description Always answers with an object holding `items`; `next_page_token` is present when paging.
         */
        get: operations["listSwitchbackTests"];
        put?: never;
        /**
         * Create a switchback test
         * @description Creates a switchback test in draft with a random plan: `units` consecutive time units of
         *     `unit_duration_minutes` each, every unit served by either the baseline or the candidate instance.
         */
        post: operations["createSwitchbackTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/switchback/{switchback_test_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        /**
         * Get a switchback test
         * @description Returns the test definition and plan; its runs come from `listSwitchbackTestRuns`.
         */
        get: operations["getSwitchbackTest"];
        put?: never;
        post?: never;
        /**
         * Delete a switchback test
         * @description Deletes the switchback test and its runs.
         */
        delete: operations["deleteSwitchbackTest"];
        options?: never;
        head?: never;
        /** Rename or re-describe a switchback test */
        patch: operations["updateSwitchbackTest"];
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/switchback/{switchback_test_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        /** List the runs of a switchback test */
        get: operations["listSwitchbackTestRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/switchback/{switchback_test_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        /** Get the metadata of a switchback test */
        get: operations["getSwitchbackTestMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/switchback/{switchback_test_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Start a switchback test
         * @description Starts a switchback test that is still in draft.
         */
        put: operations["startSwitchbackTest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/experiments/switchback/{switchback_test_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Stop a switchback test
         * @description Stops a started switchback test, either completing it or canceling it (`intent`).
         */
        put: operations["stopSwitchbackTest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/ensembles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List ensemble definitions
         * @description Always answers with an object holding `items`; `next_page_token` is present when paging.
         */
        get: operations["listEnsembles"];
        put?: never;
        /**
         * Create an ensemble definition
         * @description Defines groups of runs to launch together and the ordered rules that pick the winning result. Run an
         *     ensemble with `createRun` and `configuration.run_type: {type: ensemble, definition_id}`.
         */
        post: operations["createEnsemble"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/ensembles/{ensemble_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Ensemble definition id.
                 * @example ensemble-routing
                 */
                ensemble_id: components["parameters"]["EnsembleId"];
            };
            cookie?: never;
        };
        /** Get an ensemble definition */
        get: operations["getEnsemble"];
        put?: never;
        post?: never;
        /** Delete an ensemble definition */
        delete: operations["deleteEnsemble"];
        options?: never;
        head?: never;
        /** Rename or re-describe an ensemble definition */
        patch: operations["updateEnsemble"];
        trace?: never;
    };
    "/v1/applications/{application_id}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List secrets collections
         * @description Lists collection summaries (without secret values) in an object holding `items`.
         */
        get: operations["listSecretsCollections"];
        put?: never;
        /**
         * Create a secrets collection
         * @description Runs that reference the collection (`configuration.secrets_collection_id`) receive its secrets.
         */
        post: operations["createSecretsCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{application_id}/secrets/{secrets_collection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Secrets collection id.
                 * @example routing-secrets
                 */
                secrets_collection_id: components["parameters"]["SecretsCollectionId"];
            };
            cookie?: never;
        };
        /** Get a secrets collection with its secrets */
        get: operations["getSecretsCollection"];
        /**
         * Replace a secrets collection
         * @description The SDK sends the full collection (as read) with the changed name, description or secrets.
         */
        put: operations["updateSecretsCollection"];
        post?: never;
        /** Delete a secrets collection */
        delete: operations["deleteSecretsCollection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an organization
         * @description Creates a managed account; this requires SSO to be configured for the calling organization.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization/{organization_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization (account) id.
                 * @example carrot-express
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** Get an organization */
        get: operations["getOrganization"];
        /**
         * Replace an organization's definition
         * @description The SDK sends the full organization (as read) with the new name.
         */
        put: operations["updateOrganization"];
        post?: never;
        /**
         * Delete an organization
         * @description Permanently removes the organization; the caller must be one of its administrators.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's queued and active runs
         * @deprecated
         * @description Superseded by `listRuns` filtered on `status_v2: queued` (the SDK marks its wrapper deprecated).
         */
        get: operations["getAccountQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integrations
         * @description Always answers with an object holding `items`; `next_page_token` is present when paging.
         */
        get: operations["listIntegrations"];
        put?: never;
        /** Create an integration */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Integration id.
                 * @example dbx-runtime
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /** Get an integration */
        get: operations["getIntegration"];
        /**
         * Replace an integration's definition
         * @description The SDK sends the full integration (as read) with its changes applied.
         */
        put: operations["updateIntegration"];
        post?: never;
        /** Delete an integration */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List marketplace applications */
        get: operations["listMarketplaceApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/partners/{partner_id}/apps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        /** List a partner's marketplace applications */
        get: operations["listPartnerMarketplaceApplications"];
        put?: never;
        /**
         * Publish an application on the marketplace
         * @description Creates a marketplace listing backed by one of the partner's applications (`ref_app_id`).
         */
        post: operations["createMarketplaceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/partners/{partner_id}/apps/{app_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
            };
            cookie?: never;
        };
        /** Get a marketplace application */
        get: operations["getMarketplaceApplication"];
        /**
         * Replace a marketplace application's listing
         * @description The SDK sends the full listing (as read) with its changes, e.g. a new `state`.
         */
        put: operations["updateMarketplaceApplication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/partners/{partner_id}/apps/{app_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
            };
            cookie?: never;
        };
        /** List versions of a marketplace application */
        get: operations["listMarketplaceVersions"];
        put?: never;
        /**
         * Publish a version of a marketplace application
         * @description Exposes a version of the backing application (`ref_app_version_id`) to subscribers.
         */
        post: operations["createMarketplaceVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/partners/{partner_id}/apps/{app_id}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
                /**
                 * @description Marketplace application version id.
                 * @example v1
                 */
                version_id: components["parameters"]["MarketplaceVersionId"];
            };
            cookie?: never;
        };
        /** Get a version of a marketplace application */
        get: operations["getMarketplaceVersion"];
        /** Replace the change log of a marketplace version */
        put: operations["updateMarketplaceVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List marketplace subscriptions */
        get: operations["listMarketplaceSubscriptions"];
        put?: never;
        /**
         * Subscribe to a marketplace application
         * @description Subscribing creates an application of type `subscription` in the account.
         */
        post: operations["createMarketplaceSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace subscription id.
                 * @example acme-routing-sub
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /** Get a marketplace subscription */
        get: operations["getMarketplaceSubscription"];
        put?: never;
        post?: never;
        /** Cancel a marketplace subscription */
        delete: operations["deleteMarketplaceSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprise/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the SSO configuration */
        get: operations["getSsoConfiguration"];
        /**
         * Replace the SSO configuration
         * @description Use `enableSso` / `disableSso` to switch SSO on or off; this call changes the metadata.
         */
        put: operations["updateSsoConfiguration"];
        /**
         * Configure SSO
         * @description Registers the identity provider by metadata URL or by inline SAML metadata document.
         */
        post: operations["createSsoConfiguration"];
        /** Remove the SSO configuration */
        delete: operations["deleteSsoConfiguration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprise/sso/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn SSO on */
        put: operations["enableSso"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprise/sso/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn SSO off */
        put: operations["disableSso"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/internal/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a download URL for a community catalogue file
         * @description Internal endpoint the CLI uses to browse community applications: answers with a presigned URL for the
         *     requested file (the YAML manifest, or an application's `.tar.gz`), which is then fetched without auth.
         */
        get: operations["getCommunityToolUrl"];
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
        /** @description Error body. The SDK surfaces the raw body text in its exception message. */
        Error: {
            /** @description Human-readable reason. */
            error?: string;
        };
        /**
         * Format: date-time
         * @description RFC 3339 timestamp.
         * @example 2025-03-04T15:20:11Z
         */
        Timestamp: string;
        NullableString: string | null;
        /** @description String keys mapped to string values. */
        StringMap: {
            [key: string]: string;
        };
        /** @description Free-form JSON object. */
        AnyObject: {
            [key: string]: unknown;
        };
        CreatedId: {
            /** @description Id of the created entity. */
            id: string;
        };
        /** @description Partial update; only the fields present are changed. */
        UpdateNameDescriptionRequest: {
            name?: string;
            description?: string;
        };
        /**
         * @description `custom` for your own code, `subscription` for marketplace subscriptions, `pipeline` for workflows.
         * @enum {string}
         */
        ApplicationType: "custom" | "subscription" | "pipeline";
        /** @description nextmv-py application/__init__.py requires only `id`: `name: str | None = None` (L168), `type` (L172), `created_at`/`updated_at` (L186) are `None`-able. */
        Application: {
            id: string;
            name?: string | null;
            description?: components["schemas"]["NullableString"];
            type?: components["schemas"]["ApplicationType"] | null;
            /** @description Instance used when a run names none. */
            default_instance?: components["schemas"]["NullableString"];
            /** @description Instance used by experiments that name none. */
            default_experiment_instance?: components["schemas"]["NullableString"];
            /** @description Marketplace subscription backing a `subscription` application. */
            subscription_id?: components["schemas"]["NullableString"];
            /** @description Locked applications cannot be modified. */
            locked?: boolean | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        ApplicationPage: {
            items?: components["schemas"]["Application"][] | null;
            /** @description Token for the next page; empty or absent on the last page. */
            next_page_token?: string | null;
        };
        CreateApplicationRequest: {
            /** @description Desired id; the SDK derives one from the name when not given. */
            id?: string;
            name: string;
            description?: string;
            /** @description Create a pipeline (workflow) application instead of a custom one. */
            is_pipeline?: boolean;
            default_instance?: string;
            default_experiment_instance?: string;
        };
        /** @description Full application definition as read, with changes applied. */
        UpdateApplicationRequest: {
            id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            type?: components["schemas"]["ApplicationType"];
            default_instance?: components["schemas"]["NullableString"];
            default_experiment_instance?: components["schemas"]["NullableString"];
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            locked?: boolean | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            created_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            updated_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            subscription_id?: string | null;
        };
        BinaryUploadUrl: {
            /**
             * Format: uri
             * @description Presigned URL accepting an HTTP PUT of the `.tar.gz` package.
             */
            upload_url: string;
        };
        /**
         * @description How input/output content is exchanged: `json`; `multi-file` (a directory, sent as `.tar.gz`);
         *     `csv-archive` (CSV files, sent as `.tar.gz`); `text` (deprecated plain text).
         * @enum {string}
         */
        ContentFormat: "json" | "multi-file" | "text" | "csv-archive";
        /**
         * @description Language of the application code, e.g. `python`, `go` or `java`.
         * @example python
         */
        ExecutableType: string;
        UpdateBinaryRequest: {
            requirements: components["schemas"]["BinaryRequirements"];
        };
        BinaryRequirements: {
            executable_type: components["schemas"]["ExecutableType"];
            /**
             * @description Container image that runs the code.
             * @example ghcr.io/nextmv-io/runtime/python:3.11
             */
            runtime: string;
            /** @description File or command that starts the application. */
            entrypoint?: string;
            working_directory?: string;
            /** @description Option definitions from the application manifest. */
            options?: {
                [key: string]: unknown;
            };
            io_configuration?: components["schemas"]["IoConfiguration"];
        };
        IoConfiguration: {
            format?: components["schemas"]["ContentFormat"];
            /** @description Where a multi-file application reads and writes its files. */
            multi_file?: {
                input_path?: string;
                output_configuration?: {
                    statistics_path?: string;
                    assets_path?: string;
                    solutions_path?: string;
                };
            };
        };
        UploadUrl: {
            /** @description Reference to pass as `upload_id` once the data is uploaded. */
            upload_id: string;
            /**
             * Format: uri
             * @description Presigned URL accepting an HTTP PUT (no `Authorization` header).
             */
            upload_url: string;
        };
        DownloadUrl: {
            /**
             * Format: uri
             * @description Presigned URL to GET the content from (no `Authorization` header).
             */
            url: string;
        };
        /** @description Content formats of a run's input and output. */
        FormatSpec: {
            input?: {
                type?: components["schemas"]["ContentFormat"];
            } | null;
            output?: {
                type?: components["schemas"]["ContentFormat"];
            } | null;
        };
        /** @enum {string} */
        RunType: "standard" | "external" | "ensemble";
        RunTypeConfiguration: {
            /** @description Empty string is treated as unset. */
            type?: components["schemas"]["RunType"] | "" | null;
            /** @description Ensemble definition to use when `type` is `ensemble`. */
            definition_id?: string | null;
            /** @description Reference of an external run. */
            reference_id?: string | null;
        };
        RunQueuing: {
            /** @description 1 is the highest priority, 9 the lowest. */
            priority?: number;
            /** @description Skip the queue entirely. */
            disabled?: boolean;
        };
        RunConfiguration: {
            /**
             * @description Machine class; forced to `integration` when `integration_id` is set.
             * @example 6c9500mb870s
             */
            execution_class?: string;
            format?: components["schemas"]["FormatSpec"];
            run_type?: components["schemas"]["RunTypeConfiguration"];
            secrets_collection_id?: string;
            queuing?: components["schemas"]["RunQueuing"];
            /** @description Execute through this runtime integration. */
            integration_id?: string;
        };
        /** @description Outcome of a run executed outside Nextmv, recorded as an `external` run. */
        ExternalRunResult: {
            /** @description `succeeded` or `failed`; nextmv-py run.py ExternalRunResult types it `status: str | None = None`. */
            status?: ("succeeded" | "failed") | string;
            output_upload_id?: string;
            error_upload_id?: string;
            error_message?: string;
            /** @description Execution time in milliseconds. */
            execution_duration?: number;
            statistics_upload_id?: string;
            metrics_upload_id?: string;
            assets_upload_id?: string;
        };
        /** @description Exactly one of `input`, `upload_id` or `input_id` supplies the input. */
        CreateRunRequest: {
            /** @description Inline input (JSON value), for payloads up to 5 MiB. */
            input?: unknown;
            /** @description Input previously uploaded through `createUploadUrl`. */
            upload_id?: string;
            /** @description Managed input to run on. */
            input_id?: string;
            name?: string;
            description?: string;
            /** @description Application options; the SDK JSON-encodes non-string values. */
            options?: components["schemas"]["StringMap"];
            configuration?: components["schemas"]["RunConfiguration"];
            /** @description Attach the run to a batch experiment. */
            batch_experiment_id?: string;
            result?: components["schemas"]["ExternalRunResult"];
        };
        CreateRunResponse: {
            run_id: string;
        };
        /**
         * @description Run status. `succeeded`, `failed` and `canceled` are terminal.
         * @enum {string}
         */
        StatusV2: "queued" | "running" | "succeeded" | "failed" | "canceled" | "none";
        /** @description Summary of a run's statistics or metrics. */
        RunIndicators: {
            status?: string;
            error?: components["schemas"]["NullableString"];
            indicators?: {
                name?: string;
                value?: unknown;
            }[] | null;
        };
        OptionsSummaryItem: {
            name?: string;
            /** @description Effective value. */
            value?: unknown;
            /** @description Where the value came from (version, instance or run). */
            source?: string;
        };
        /** @description Run as listed in run collections. */
        Run: {
            id: string;
            user_email: string;
            name: string;
            description: string;
            created_at: components["schemas"]["Timestamp"];
            application_id: string;
            application_instance_id: string;
            application_version_id: string;
            run_type: components["schemas"]["RunTypeConfiguration"];
            execution_class: string;
            runtime: string;
            status_v2: components["schemas"]["StatusV2"];
            queuing_priority?: number | null;
            queuing_disabled?: boolean | null;
            experiment_id?: components["schemas"]["NullableString"];
            /** @description Deprecated in favour of `metrics`. */
            statistics?: components["schemas"]["RunIndicators"] | null;
            metrics?: components["schemas"]["RunIndicators"] | null;
            input_id?: components["schemas"]["NullableString"];
            option_set?: components["schemas"]["NullableString"];
            options?: {
                [key: string]: string;
            } | null;
            request_options?: {
                [key: string]: string;
            } | null;
            options_summary?: components["schemas"]["OptionsSummaryItem"][] | null;
            scenario_id?: components["schemas"]["NullableString"];
            repetition?: number | null;
            input_set_id?: components["schemas"]["NullableString"];
        };
        /** @description Historical run listing. `runs` may be null or absent for none: nextmv-py reads it with `response.json().get("runs", [])` (application/_run.py:229). */
        RunList: {
            runs?: components["schemas"]["Run"][] | null;
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        RunPage: {
            items?: components["schemas"]["Run"][] | null;
            /** @description Token for the next page; empty or absent on the last page. */
            next_page_token?: string | null;
        };
        /** @description Required set as nextmv-py run.py `Metadata` (@0f96f320) requires it; `initiated_at` (L952), `integration` (L956), `options` (L960, and its three maps L844), `tracking` (L978, and its ids L790) are `None`-able there: a queued run has no `initiated_at`, and a nil Go pointer arrives as `null`. */
        RunMetadata: {
            application_id: string;
            application_instance_id: string;
            application_version_id: string;
            created_at: components["schemas"]["Timestamp"];
            initiated_at?: components["schemas"]["NullableTimestamp"];
            /** @description Total duration in milliseconds. */
            duration: number;
            /** @description Time spent executing, in milliseconds. */
            execution_duration?: number | null;
            /** @description Failure reason; empty when the run did not fail. */
            error: string;
            execution_class: string;
            experiment_id?: components["schemas"]["NullableString"];
            experiment_type?: components["schemas"]["NullableString"];
            format: components["schemas"]["FormatSpec"];
            /** @description Input size in bytes. */
            input_size: number;
            /** @description Output size in bytes. */
            output_size: number;
            /** @description External execution details when the run went through an integration. */
            integration?: {
                id?: string;
                provider?: string;
                run_id?: string;
                details?: unknown;
            } | null;
            /** @description User-defined metrics reported by the run. */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /** @description Deprecated in favour of `metrics`. */
            statistics?: {
                [key: string]: unknown;
            } | null;
            options?: {
                active_options?: components["schemas"]["AnyObject"] | null;
                options_summary?: components["schemas"]["OptionsSummaryItem"][] | null;
                request_options?: components["schemas"]["AnyObject"] | null;
            } | null;
            queuing_disabled: boolean;
            queuing_priority: number;
            run_type: components["schemas"]["RunTypeConfiguration"];
            runtime: string;
            secrets_collection_id?: components["schemas"]["NullableString"];
            status_v2: components["schemas"]["StatusV2"];
            tracking?: {
                cloned_run_id?: string | null;
                input_id?: string | null;
            } | null;
        };
        SyncedRun: {
            run_id?: string;
            synced_at?: components["schemas"]["Timestamp"];
            app_id?: string;
            instance_id?: components["schemas"]["NullableString"];
        };
        RunInformation: {
            id: string;
            name: string;
            description: string;
            user_email: string;
            metadata: components["schemas"]["RunMetadata"];
            synced_runs?: components["schemas"]["SyncedRun"][] | null;
        };
        ErrorLog: {
            error?: components["schemas"]["NullableString"];
            stdout?: components["schemas"]["NullableString"];
            stderr?: components["schemas"]["NullableString"];
        };
        /** @description Run information plus its output (or error log). */
        RunResult: {
            id: string;
            name: string;
            description: string;
            user_email: string;
            metadata: components["schemas"]["RunMetadata"];
            synced_runs?: components["schemas"]["SyncedRun"][] | null;
            error_log?: components["schemas"]["ErrorLog"] | null;
            /**
             * @description The run's JSON output once it succeeded. With `format=url` this is `{url}` (see `DownloadUrl`)
             *     pointing at the output (a `.tar.gz` archive for `multi-file` and `csv-archive`).
             */
            output?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description The input exactly as submitted (any JSON value), or `{url}` (see `DownloadUrl`) with `format=url`. */
        RunInput: unknown;
        RunLogs: {
            log: string;
        };
        /** @description Every field may be null or absent: nextmv-py `run_logs_with_polling` reads `get("status_v2", "none")`, `get("next_available_in_seconds", 0)` and `get("next_page_token")` then `if since is not None`. */
        LiveLogs: {
            items?: {
                timestamp: components["schemas"]["Timestamp"];
                log: string;
            }[] | null;
            status_v2?: components["schemas"]["StatusV2"] | null;
            /** @description Suggested wait before the next call. */
            next_available_in_seconds?: number | null;
            /** @description Pass as `since` on the next call. */
            next_page_token?: string | null;
        };
        /** @description How the Console renders an asset. */
        Visual: {
            /** @description Rendering library, e.g. `chartjs`, `geojson`, `plotly`. */
            schema?: string;
            label?: string;
            /** @description Where it is shown, e.g. `custom-tab`. */
            type?: string | null;
        };
        RunAsset: {
            id: string;
            /** @description Not sent by the server: nextmv-py adds it on the client (application/_run.py:196 `asset_data["run_id"] = run_id`). */
            run_id?: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            /** @description Content type of the asset; currently `json`. */
            content_type?: string | null;
            /** @description Size in bytes. nextmv-py assets.py:58 requires it; kept optional here, the more tolerant reading (audit 2026-11 L5). */
            size?: number;
            /** @description nextmv-py assets.py:56 types it `created_at: str`; the format is not checked there. */
            created_at?: components["schemas"]["Timestamp"];
            visual?: components["schemas"]["Visual"] | null;
        };
        /** @description A run's assets. `items` may be null or absent for none: nextmv-py reads `response.json().get("items", [])` (application/_run.py:194). */
        RunAssetList: {
            items?: components["schemas"]["RunAsset"][] | null;
        };
        RunAssetDownload: {
            /** Format: uri */
            download_url: string;
            /** @description Content type of the asset (nextmv-py application/_run.py:137 reads `download_url_response.get("type", "json")`). */
            type?: string;
        };
        InstanceConfiguration: {
            execution_class?: string | null;
            /** @description Option names mapped to values of any JSON type (nextmv-py instance.py:53 `options: Optional[dict]`, docstring :46 `options={"max_runtime": 30}`). */
            options?: {
                [key: string]: unknown;
            } | null;
            secrets_collection_id?: string | null;
            /** @description Not in nextmv-py's InstanceConfiguration (documented by Nextmv only). */
            queuing?: components["schemas"]["RunQueuing"];
            /** @description Not in nextmv-py's InstanceConfiguration (documented by Nextmv only). */
            integration_id?: string;
        };
        Instance: {
            id: string;
            application_id: string;
            version_id: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            configuration?: components["schemas"]["InstanceConfiguration"] | null;
            locked?: boolean;
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        InstancePage: {
            items?: components["schemas"]["Instance"][] | null;
            next_page_token?: string | null;
        };
        CreateInstanceRequest: {
            id: string;
            name: string;
            version_id: string;
            description?: string;
            configuration?: components["schemas"]["InstanceConfiguration"];
        };
        /** @description Full instance definition as read, with changes applied. */
        UpdateInstanceRequest: {
            id: string;
            name: string;
            version_id: string;
            description?: components["schemas"]["NullableString"];
            configuration?: components["schemas"]["InstanceConfiguration"];
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            locked?: boolean | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            created_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            updated_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            application_id?: string | null;
        };
        Version: {
            id: string;
            application_id: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            /** @description The code snapshot behind the version. */
            executable?: {
                id?: string;
                user_email?: string;
                uploaded_at?: components["schemas"]["Timestamp"];
                requirements?: {
                    executable_type?: components["schemas"]["ExecutableType"];
                    runtime?: string;
                };
            };
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        VersionPage: {
            items?: components["schemas"]["Version"][] | null;
            next_page_token?: string | null;
        };
        /** @description nextmv-py always sends `id` and `name`; the spec keeps them optional because the service's own requirement is unverified. */
        CreateVersionRequest: {
            /** @description Desired id; the SDK generates one when not given. */
            id?: string;
            name?: string;
            description?: string;
        };
        /** @description Version definition as read, with a new name and/or description. */
        UpdateVersionRequest: {
            id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            created_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            updated_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            application_id?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            executable?: unknown;
        };
        ManagedInput: {
            id: string;
            name?: string | null;
            description?: components["schemas"]["NullableString"];
            /** @description Run whose input was copied, if any. */
            run_id?: components["schemas"]["NullableString"];
            /** @description Upload the input came from, if any. */
            upload_id?: components["schemas"]["NullableString"];
            format?: components["schemas"]["FormatSpec"] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        ManagedInputPage: {
            items?: components["schemas"]["ManagedInput"][] | null;
            next_page_token?: string | null;
        };
        /** @description Give either `run_id` or `upload_id` (nextmv-py raises "Either upload_id or run_id must be specified" otherwise); the SDK always sends `id`, `name` and `format`. */
        CreateManagedInputRequest: {
            id?: string;
            name?: string;
            description?: string;
            run_id?: string;
            upload_id?: string;
            /** @description Defaults to JSON input and output. */
            format?: components["schemas"]["FormatSpec"];
        };
        /** @description Managed input as read, with a new name and/or description. */
        UpdateManagedInputRequest: {
            id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            created_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            updated_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            format?: unknown;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            run_id?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            upload_id?: string | null;
        };
        InputSet: {
            id: string;
            app_id?: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            input_ids?: string[];
            inputs?: components["schemas"]["ManagedInput"][] | null;
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        InputSetPage: {
            items?: components["schemas"]["InputSet"][] | null;
            next_page_token?: string | null;
        };
        CreateInputSetRequest: {
            id: string;
            name: string;
            description?: string;
            /** @description Take inputs from this instance's runs between `start_time` and `end_time`. */
            instance_id?: string;
            start_time?: components["schemas"]["Timestamp"];
            end_time?: components["schemas"]["Timestamp"];
            /** @description Cap on the runs taken from the instance. */
            maximum_runs?: number;
            run_ids?: string[];
            /** @description Managed inputs to include. */
            inputs?: components["schemas"]["ManagedInput"][];
        };
        UpdateInputSetRequest: {
            name?: string;
            description?: string;
            input_ids?: string[];
            inputs?: components["schemas"]["ManagedInput"][];
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            id?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            app_id?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            created_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            updated_at?: string | null;
        };
        /**
         * @description Experiment status; `completed`, `failed`, `draft`, `canceled` and `delete-failed` end polling.
         * @enum {string}
         */
        ExperimentStatus: "started" | "completed" | "failed" | "draft" | "canceled" | "stopping" | "deleting" | "delete-failed" | "unknown";
        /** @enum {string} */
        BatchExperimentType: "batch" | "scenario";
        /** @description Option set id mapped to option values. */
        OptionSets: {
            [key: string]: components["schemas"]["StringMap"];
        };
        BatchExperimentRun: {
            input_id: string;
            option_set?: string;
            instance_id?: string;
            version_id?: string;
            input_set_id?: string;
            scenario_id?: string;
            repetition?: number;
            /** @description Unverified: nextmv-py's BatchExperimentRun model (batch_experiment.py@ff0a9382) does not declare it, so the SDK never sends it. */
            run_number?: string;
        };
        CreateBatchExperimentRequest: {
            /** @description Optional: `new_batch_experiment(… id: str | None = None …)` sends it only when given. */
            id?: string;
            name: string;
            description?: string;
            type?: components["schemas"]["BatchExperimentType"];
            input_set_id?: string;
            option_sets?: components["schemas"]["OptionSets"];
            runs?: components["schemas"]["BatchExperimentRun"][];
        };
        BatchExperimentInformation: {
            id: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            /** @description `batch` or `scenario`; nextmv-py types it `type: Optional[str]` (batch_experiment.py), so other values are kept. */
            type?: components["schemas"]["BatchExperimentType"] | string | null;
            status?: components["schemas"]["ExperimentStatus"] | null;
            number_of_requested_runs?: number | null;
            number_of_runs?: number | null;
            number_of_completed_runs?: number | null;
            option_sets?: components["schemas"]["OptionSets"] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        BatchExperiment: {
            id: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            /** @description `batch` or `scenario`; nextmv-py types it `type: Optional[str]` (batch_experiment.py), so other values are kept. */
            type?: components["schemas"]["BatchExperimentType"] | string | null;
            /** @description nextmv-py batch_experiment.py: `status: Optional[ExperimentStatus] = None`. */
            status?: components["schemas"]["ExperimentStatus"] | null;
            number_of_requested_runs?: number | null;
            number_of_runs?: number | null;
            number_of_completed_runs?: number | null;
            option_sets?: components["schemas"]["OptionSets"] | null;
            input_set_id?: components["schemas"]["NullableString"];
            instance_ids?: string[] | null;
            /** @description Result distributions grouped by instance, option set, etc. */
            grouped_distributional_summaries?: components["schemas"]["AnyObject"][] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        BatchExperimentMetadata: {
            id: string;
            app_id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            /** @description `batch` or `scenario`; nextmv-py types it `type: Optional[str]` (batch_experiment.py), so other values are kept. */
            type?: components["schemas"]["BatchExperimentType"] | string | null;
            status?: components["schemas"]["ExperimentStatus"] | null;
            number_of_requested_runs?: number | null;
            number_of_runs?: number | null;
            number_of_completed_runs?: number | null;
            option_sets?: components["schemas"]["OptionSets"] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        BatchExperimentPage: {
            items?: components["schemas"]["BatchExperimentMetadata"][] | null;
            next_page_token?: string | null;
        };
        /** @description Common metadata of shadow and switchback tests. */
        ExperimentMetadata: {
            id?: string | null;
            name?: string | null;
            description?: components["schemas"]["NullableString"];
            app_id?: string | null;
            status?: components["schemas"]["ExperimentStatus"] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        ComparisonInstance: {
            instance_id: string;
            /** @description Filled in by the service. */
            version_id?: string;
        };
        MetricTolerance: {
            /** @enum {string} */
            type?: "" | "absolute" | "relative";
            value?: number;
        };
        Metric: {
            /** @description Path of the compared value in the run statistics or metrics, e.g. `result.value`. */
            field: string;
            /** @enum {string} */
            metric_type: "direct-comparison";
            params: {
                /**
                 * @description How the candidate must compare to the control.
                 * @enum {string}
                 */
                operator?: "eq" | "gt" | "ge" | "lt" | "le" | "ne";
                tolerance?: components["schemas"]["MetricTolerance"];
            };
            /** @enum {string} */
            statistic: "min" | "max" | "mean" | "std" | "shifted_geometric_mean" | "p01" | "p05" | "p10" | "p25" | "p50" | "p75" | "p90" | "p95" | "p99";
        };
        ResultStatistics: {
            instance_id?: string;
            version_id?: string;
            number_of_runs_total?: number;
            distribution_summary_statistics?: components["schemas"]["AnyObject"];
            distribution_percentiles?: components["schemas"]["AnyObject"];
        };
        MetricResult: {
            metric?: components["schemas"]["Metric"];
            statistics?: {
                control?: components["schemas"]["ResultStatistics"];
                candidate?: components["schemas"]["ResultStatistics"];
            };
            passed?: boolean;
        };
        AcceptanceTestResults: {
            passed?: boolean;
            metric_results?: components["schemas"]["MetricResult"][] | null;
            error?: components["schemas"]["NullableString"];
        };
        AcceptanceTest: {
            id: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            app_id?: string;
            /** @description Batch experiment whose runs are compared. */
            experiment_id?: string;
            control?: components["schemas"]["ComparisonInstance"];
            candidate?: components["schemas"]["ComparisonInstance"];
            metrics?: components["schemas"]["Metric"][];
            /** @description nextmv-py acceptance_test.py: `status: Optional[ExperimentStatus] = ExperimentStatus.UNKNOWN`. */
            status?: components["schemas"]["ExperimentStatus"] | null;
            results?: components["schemas"]["AcceptanceTestResults"] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        AcceptanceTestPage: {
            items?: components["schemas"]["AcceptanceTest"][] | null;
            next_page_token?: string | null;
        };
        CreateAcceptanceTestRequest: {
            id: string;
            name: string;
            description?: string;
            experiment_id: string;
            control: components["schemas"]["ComparisonInstance"];
            candidate: components["schemas"]["ComparisonInstance"];
            metrics: components["schemas"]["Metric"][];
        };
        TestComparison: {
            baseline_instance_id: string;
            candidate_instance_ids: string[];
        };
        StartEvents: {
            /** @description Scheduled start. */
            time?: components["schemas"]["NullableTimestamp"];
        };
        TerminationEvents: {
            maximum_runs: number;
            /** @description Scheduled end; a zero time means no limit. */
            time?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Every field is optional and `None`-able in nextmv-py shadow.py (L135-151, L213-219): a draft or running test has no completion time. */
        ShadowTest: {
            id?: string | null;
            name?: string | null;
            description?: components["schemas"]["NullableString"];
            app_id?: string | null;
            status?: components["schemas"]["ExperimentStatus"] | null;
            completed_at?: components["schemas"]["NullableTimestamp"];
            comparisons?: components["schemas"]["TestComparison"][] | null;
            start_events?: components["schemas"]["StartEvents"] | null;
            termination_events?: components["schemas"]["TerminationEvents"] | null;
            grouped_distributional_summaries?: components["schemas"]["AnyObject"][] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        ShadowTestPage: {
            items?: components["schemas"]["ShadowTest"][] | null;
            next_page_token?: string | null;
        };
        CreateShadowTestRequest: {
            id: string;
            name: string;
            description?: string;
            /** @description Baseline instance id mapped to its candidate instance ids. */
            comparisons: {
                [key: string]: string[];
            };
            start_events?: components["schemas"]["StartEvents"];
            termination_events: components["schemas"]["TerminationEvents"];
        };
        /** @description nextmv-py always sends `{"intent": …}`; the body stays optional here. */
        StopTestRequest: {
            /**
             * @description `complete` marks the test completed, `cancel` cancels it.
             * @enum {string}
             */
            intent?: "complete" | "cancel";
        };
        TestComparisonSingle: {
            baseline_instance_id: string;
            candidate_instance_id: string;
        };
        SwitchbackPlanUnit: {
            index?: number;
            instance_id?: string;
            duration_minutes?: number;
        };
        SwitchbackPlan: {
            start?: components["schemas"]["NullableTimestamp"];
            units?: components["schemas"]["SwitchbackPlanUnit"][] | null;
        };
        /** @description Every field is optional in nextmv-py switchback.py (L217/219 `started_at`/`completed_at`, L100 `start`): draft and running tests send null times. */
        SwitchbackTest: {
            id?: string | null;
            name?: string | null;
            description?: components["schemas"]["NullableString"];
            app_id?: string | null;
            status?: components["schemas"]["ExperimentStatus"] | null;
            started_at?: components["schemas"]["NullableTimestamp"];
            completed_at?: components["schemas"]["NullableTimestamp"];
            comparison?: components["schemas"]["TestComparisonSingle"] | null;
            plan?: components["schemas"]["SwitchbackPlan"] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        SwitchbackTestPage: {
            items?: components["schemas"]["SwitchbackTest"][] | null;
            next_page_token?: string | null;
        };
        CreateSwitchbackTestRequest: {
            id: string;
            name: string;
            description?: string;
            comparison: components["schemas"]["TestComparisonSingle"];
            generate_random_plan: {
                unit_duration_minutes: number;
                units: number;
                start?: components["schemas"]["Timestamp"];
            };
        };
        RunGroup: {
            id: string;
            instance_id: string;
            /** @description Option names mapped to values of any JSON type (nextmv-py ensemble.py RunGroup `options: dict | None`). */
            options?: {
                [key: string]: unknown;
            } | null;
            /** @description How many runs the group launches. */
            repetitions?: number;
        };
        EvaluationRule: {
            id: string;
            /** @description JSONPath into the run statistics, e.g. `$.result.value`. */
            statistics_path: string;
            /** @enum {string} */
            objective: "maximize" | "minimize";
            tolerance: {
                value?: number;
                /** @enum {string} */
                type?: "absolute" | "relative";
            };
            /** @description Evaluation order; lower indices are applied first. */
            index: number;
        };
        EnsembleDefinition: {
            id: string;
            application_id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            run_groups?: components["schemas"]["RunGroup"][];
            rules?: components["schemas"]["EvaluationRule"][];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        EnsembleDefinitionPage: {
            items?: components["schemas"]["EnsembleDefinition"][] | null;
            next_page_token?: string | null;
        };
        CreateEnsembleRequest: {
            id: string;
            name?: string;
            description?: string;
            run_groups: components["schemas"]["RunGroup"][];
            rules: components["schemas"]["EvaluationRule"][];
        };
        Secret: {
            /**
             * @description Inject as an environment variable or as a file.
             * @enum {string}
             */
            type: "env" | "file";
            /** @description Variable name or file path. */
            location: string;
            value: string;
        };
        SecretsCollectionSummary: {
            id: string;
            application_id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        SecretsCollectionSummaryPage: {
            items?: components["schemas"]["SecretsCollectionSummary"][] | null;
            next_page_token?: string | null;
        };
        SecretsCollection: {
            id: string;
            application_id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            secrets: components["schemas"]["Secret"][];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        CreateSecretsCollectionRequest: {
            id: string;
            name: string;
            description?: string;
            secrets: components["schemas"]["Secret"][];
        };
        /** @description Full collection as read, with changes applied. */
        UpdateSecretsCollectionRequest: {
            id?: string;
            name?: string;
            description?: components["schemas"]["NullableString"];
            secrets: components["schemas"]["Secret"][];
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            created_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            updated_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            app_id?: string | null;
        };
        /** @enum {string} */
        AccountMemberRole: "root" | "admin" | "developer" | "operator" | "viewer";
        AccountMember: {
            email?: string | null;
            role?: components["schemas"]["AccountMemberRole"] | null;
            pending_invite?: boolean | null;
        };
        Organization: {
            id?: string | null;
            name?: string | null;
            members?: components["schemas"]["AccountMember"][] | null;
        };
        CreateOrganizationRequest: {
            name: string;
            /** @description E-mail addresses of the first administrators. */
            admins: string[];
        };
        QueuedRun: {
            id: string;
            user_email: string;
            name: string;
            description: string;
            created_at: components["schemas"]["Timestamp"];
            application_id: string;
            application_instance_id: string;
            application_version_id: string;
            execution_class: string;
            /**
             * @deprecated
             * @description Legacy status; use `status_v2`.
             */
            status?: string;
            status_v2: components["schemas"]["StatusV2"];
        };
        Queue: {
            runs?: components["schemas"]["QueuedRun"][] | null;
        };
        /** @enum {string} */
        IntegrationType: "runtime" | "data";
        /**
         * @description `dbx` is Databricks.
         * @enum {string}
         */
        IntegrationProvider: "dbx" | "unknown";
        /** @enum {string} */
        ManifestType: "python" | "go" | "java";
        Integration: {
            id: string;
            name?: components["schemas"]["NullableString"];
            description?: components["schemas"]["NullableString"];
            /** @description Available to every application of the account. */
            global?: boolean;
            type?: components["schemas"]["IntegrationType"] | null;
            exec_types?: components["schemas"]["ManifestType"][] | null;
            provider?: components["schemas"]["IntegrationProvider"] | null;
            provider_config?: {
                [key: string]: unknown;
            } | null;
            /** @description Applications allowed to use a non-global integration. */
            application_ids?: string[] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        /** @description Go servers send an empty listing's nil slice as `items: null` (or leave it out); nextmv-py reads the page with `resp_json.get("items")` / `if page_items is not None` (cloud/client.py `_paginate`). */
        IntegrationPage: {
            items?: components["schemas"]["Integration"][] | null;
            next_page_token?: string | null;
        };
        CreateIntegrationRequest: {
            id: string;
            name: string;
            description?: string;
            global: boolean;
            type: components["schemas"]["IntegrationType"];
            exec_types: components["schemas"]["ManifestType"][];
            provider: components["schemas"]["IntegrationProvider"];
            provider_config: components["schemas"]["AnyObject"];
            application_ids?: string[];
        };
        /** @description Full integration as read, with changes applied. */
        UpdateIntegrationRequest: {
            id: string;
            name: string;
            description?: components["schemas"]["NullableString"];
            global: boolean;
            type: components["schemas"]["IntegrationType"];
            exec_types: components["schemas"]["ManifestType"][];
            provider: components["schemas"]["IntegrationProvider"];
            provider_config: components["schemas"]["AnyObject"];
            application_ids?: string[];
        };
        /** @enum {string} */
        MarketplaceState: "released" | "pre-release" | "retracted";
        MarketplaceApplication: {
            id: string;
            partner_id: string;
            title: string;
            state: components["schemas"]["MarketplaceState"];
            /** @description The partner application that backs the listing. */
            ref_app_id?: components["schemas"]["NullableString"];
            description?: components["schemas"]["NullableString"];
            categories?: string[] | null;
            features?: string[] | null;
            latest_versions?: string[] | null;
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        CreateMarketplaceApplicationRequest: {
            id: string;
            ref_app_id: string;
            title: string;
            description?: string;
            categories?: string[];
            features?: string[];
        };
        /** @description Full listing as read, with changes applied. */
        UpdateMarketplaceApplicationRequest: {
            id?: string;
            partner_id?: string;
            title: string;
            state?: components["schemas"]["MarketplaceState"];
            ref_app_id?: components["schemas"]["NullableString"];
            description?: components["schemas"]["NullableString"];
            categories?: string[] | null;
            features?: string[] | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            created_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            updated_at?: string | null;
            /** @description Sent back unchanged by the SDK's read-modify-write (`payload = <entity>_dict.copy()`); the server ignores it (unverified). */
            latest_versions?: unknown;
        };
        MarketplaceVersion: {
            id: string;
            app_id: string;
            partner_id: string;
            change_log: string[];
            created_at?: components["schemas"]["NullableTimestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        CreateMarketplaceVersionRequest: {
            id: string;
            change_log: string[];
            /** @description Version of the backing application to publish. */
            ref_app_version_id: string;
        };
        UpdateMarketplaceVersionRequest: {
            change_log: string[];
        };
        MarketplaceSubscription: {
            subscription_id: string;
            partner_name: string;
            app_title: string;
            /** @description When the subscription was created (RFC 3339). */
            subscription_date?: components["schemas"]["NullableString"];
        };
        CreateMarketplaceSubscriptionRequest: {
            subscription_id: string;
        };
        SsoConfiguration: {
            /** @description Let users outside the SSO domain into the organization. */
            allow_non_domain_users?: boolean;
            enabled?: boolean | null;
            /** @description URL of the identity provider's SAML metadata. */
            metadata_url?: components["schemas"]["NullableString"];
            /** @description Inline SAML metadata document. */
            metadata_document?: components["schemas"]["NullableString"];
        };
        /**
         * Format: date-time
         * @description RFC 3339 timestamp, or null while the event has not happened (the SDK types it `datetime | None`).
         */
        NullableTimestamp: string | null;
    };
    responses: {
        /** @description The request is malformed or violates a constraint. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "input is too large; use the upload URL flow for payloads over 5 MiB"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is valid but lacks access to the resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource (or its parent application) does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "application routing-app not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource already exists or is in a state that does not allow the operation. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "an entity with id routing-app already exists"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited. Wait for `Retry-After` (when present) before retrying. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "too many requests"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unexpected server failure. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other error the service answers with; the SDK surfaces the raw body text. */
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
         * @description Application id.
         * @example routing-app
         */
        ApplicationId: string;
        /**
         * @description Run id, as returned by `createRun`.
         * @example latest-4bJxH2nSg
         */
        RunId: string;
        /**
         * @description Asset id, from `listRunAssets`.
         * @example asset-3kWq9pLm
         */
        AssetId: string;
        /**
         * @description Instance id.
         * @example production
         */
        InstanceId: string;
        /**
         * @description Version id.
         * @example v1-2-0
         */
        VersionId: string;
        /**
         * @description Managed input id.
         * @example input-dallas-monday
         */
        InputId: string;
        /**
         * @description Input set id.
         * @example input-set-dallas-week
         */
        InputSetId: string;
        /**
         * @description Batch experiment (or scenario test) id.
         * @example batch-solver-duration
         */
        BatchExperimentId: string;
        /**
         * @description Acceptance test id.
         * @example acceptance-v1-3-0
         */
        AcceptanceTestId: string;
        /**
         * @description Shadow test id.
         * @example shadow-v1-3-0
         */
        ShadowTestId: string;
        /**
         * @description Switchback test id.
         * @example switchback-v1-3-0
         */
        SwitchbackTestId: string;
        /**
         * @description Ensemble definition id.
         * @example ensemble-routing
         */
        EnsembleId: string;
        /**
         * @description Secrets collection id.
         * @example routing-secrets
         */
        SecretsCollectionId: string;
        /**
         * @description Organization (account) id.
         * @example carrot-express
         */
        OrganizationId: string;
        /**
         * @description Integration id.
         * @example dbx-runtime
         */
        IntegrationId: string;
        /**
         * @description Marketplace partner id.
         * @example acme
         */
        PartnerId: string;
        /**
         * @description Marketplace application id.
         * @example acme-routing
         */
        MarketplaceAppId: string;
        /**
         * @description Marketplace application version id.
         * @example v1
         */
        MarketplaceVersionId: string;
        /**
         * @description Marketplace subscription id.
         * @example acme-routing-sub
         */
        SubscriptionId: string;
        /**
         * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
         * @example true
         */
        PageReturn: boolean;
        /**
         * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
         * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
         */
        PageToken: string;
        /**
         * @description `url` returns a presigned download URL instead of the content inline. Required for non-JSON content
         *     and for content larger than 5 MiB.
         * @example url
         */
        UrlFormat: "url";
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before retrying, in seconds (or an HTTP date).
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApplications: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The applications, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "routing-app",
                     *         "name": "Routing App",
                     *         "description": "Last-mile delivery routing for the Dallas depot.",
                     *         "type": "custom",
                     *         "default_instance": "production",
                     *         "default_experiment_instance": "staging",
                     *         "locked": false,
                     *         "created_at": "2025-01-14T09:30:00Z",
                     *         "updated_at": "2025-03-02T16:45:12Z"
                     *       },
                     *       {
                     *         "id": "shift-scheduling",
                     *         "name": "Shift Scheduling",
                     *         "description": "Weekly staffing plan for the warehouses.",
                     *         "type": "custom",
                     *         "default_instance": "production",
                     *         "locked": false,
                     *         "created_at": "2024-11-05T12:00:00Z",
                     *         "updated_at": "2025-02-20T08:15:40Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["Application"][] | null) | components["schemas"]["ApplicationPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "routing-app",
                 *       "name": "Routing App",
                 *       "description": "Last-mile delivery routing for the Dallas depot."
                 *     }
                 */
                "application/json": components["schemas"]["CreateApplicationRequest"];
            };
        };
        responses: {
            /** @description The new application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "routing-app",
                     *       "name": "Routing App",
                     *       "description": "Last-mile delivery routing for the Dallas depot.",
                     *       "type": "custom",
                     *       "locked": false,
                     *       "created_at": "2025-01-14T09:30:00Z",
                     *       "updated_at": "2025-01-14T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "routing-app",
                     *       "name": "Routing App",
                     *       "description": "Last-mile delivery routing for the Dallas depot.",
                     *       "type": "custom",
                     *       "default_instance": "production",
                     *       "default_experiment_instance": "staging",
                     *       "locked": false,
                     *       "created_at": "2025-01-14T09:30:00Z",
                     *       "updated_at": "2025-03-02T16:45:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Application"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "routing-app",
                 *       "name": "Routing App",
                 *       "description": "Last-mile delivery routing for the Dallas and Austin depots.",
                 *       "default_instance": "production",
                 *       "default_experiment_instance": "staging"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateApplicationRequest"];
            };
        };
        responses: {
            /** @description The updated application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "routing-app",
                     *       "name": "Routing App",
                     *       "description": "Last-mile delivery routing for the Dallas and Austin depots.",
                     *       "type": "custom",
                     *       "default_instance": "production",
                     *       "default_experiment_instance": "staging",
                     *       "locked": false,
                     *       "created_at": "2025-01-14T09:30:00Z",
                     *       "updated_at": "2025-03-05T10:02:33Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getBinaryUploadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to upload the packaged application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "upload_url": "https://nextmv-uploads.s3.us-east-1.amazonaws.com/routing-app/binary/6f1c2a9e.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=3b8f0c"
                     *     }
                     */
                    "application/json": components["schemas"]["BinaryUploadUrl"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateBinary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requirements": {
                 *         "executable_type": "python",
                 *         "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                 *         "entrypoint": "main.py",
                 *         "io_configuration": {
                 *           "format": "json"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBinaryRequest"];
            };
        };
        responses: {
            /** @description The requirements were stored; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createUploadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload target. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "upload_id": "upload-7d2f91c4-5a3b-4c8e-9f10-2b6d8e4a1c55",
                     *       "upload_url": "https://nextmv-uploads.s3.us-east-1.amazonaws.com/routing-app/uploads/7d2f91c4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=9ac41e"
                     *     }
                     */
                    "application/json": components["schemas"]["UploadUrl"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runs": [
                     *         {
                     *           "id": "latest-4bJxH2nSg",
                     *           "user_email": "peter.rabbit@carrotexpress.com",
                     *           "name": "Dallas morning routes",
                     *           "description": "Routes for the 2025-03-04 morning wave.",
                     *           "created_at": "2025-03-04T15:20:11Z",
                     *           "application_id": "routing-app",
                     *           "application_instance_id": "latest",
                     *           "application_version_id": "",
                     *           "run_type": {
                     *             "type": "standard"
                     *           },
                     *           "execution_class": "6c9500mb870s",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                     *           "status_v2": "succeeded",
                     *           "queuing_priority": 6,
                     *           "queuing_disabled": false,
                     *           "options": {
                     *             "solve.duration": "5s"
                     *           }
                     *         },
                     *         {
                     *           "id": "latest-7pQr2vWxZ",
                     *           "user_email": "peter.rabbit@carrotexpress.com",
                     *           "name": "Dallas afternoon routes",
                     *           "description": "",
                     *           "created_at": "2025-03-04T18:02:45Z",
                     *           "application_id": "routing-app",
                     *           "application_instance_id": "latest",
                     *           "application_version_id": "",
                     *           "run_type": {
                     *             "type": "standard"
                     *           },
                     *           "execution_class": "6c9500mb870s",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                     *           "status_v2": "running",
                     *           "queuing_priority": 6,
                     *           "queuing_disabled": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunList"] | components["schemas"]["RunPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createRun: {
        parameters: {
            query?: {
                /**
                 * @description Instance to run; the application's default instance is used when absent.
                 * @example latest
                 */
                instance_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "input": {
                 *         "defaults": {
                 *           "vehicles": {
                 *             "capacity": 30,
                 *             "speed": 10
                 *           }
                 *         },
                 *         "stops": [
                 *           {
                 *             "id": "s1",
                 *             "location": {
                 *               "lon": -96.659,
                 *               "lat": 33.122
                 *             },
                 *             "quantity": -10
                 *           },
                 *           {
                 *             "id": "s2",
                 *             "location": {
                 *               "lon": -96.612,
                 *               "lat": 33.071
                 *             },
                 *             "quantity": -8
                 *           }
                 *         ],
                 *         "vehicles": [
                 *           {
                 *             "id": "v1",
                 *             "start_location": {
                 *               "lon": -96.689,
                 *               "lat": 33.097
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "name": "Dallas morning routes",
                 *       "description": "Routes for the 2025-03-04 morning wave.",
                 *       "options": {
                 *         "solve.duration": "5s"
                 *       },
                 *       "configuration": {
                 *         "execution_class": "6c9500mb870s",
                 *         "format": {
                 *           "input": {
                 *             "type": "json"
                 *           },
                 *           "output": {
                 *             "type": "json"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateRunRequest"];
            };
        };
        responses: {
            /** @description The run was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "run_id": "latest-4bJxH2nSg"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateRunResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunResult: {
        parameters: {
            query?: {
                /**
                 * @description `url` returns a presigned download URL instead of the content inline. Required for non-JSON content
                 *     and for content larger than 5 MiB.
                 * @example url
                 */
                format?: components["parameters"]["UrlFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "latest-4bJxH2nSg",
                     *       "name": "Dallas morning routes",
                     *       "description": "Routes for the 2025-03-04 morning wave.",
                     *       "user_email": "peter.rabbit@carrotexpress.com",
                     *       "metadata": {
                     *         "application_id": "routing-app",
                     *         "application_instance_id": "latest",
                     *         "application_version_id": "",
                     *         "created_at": "2025-03-04T15:20:11Z",
                     *         "duration": 5231,
                     *         "execution_duration": 5012,
                     *         "error": "",
                     *         "execution_class": "6c9500mb870s",
                     *         "format": {
                     *           "input": {
                     *             "type": "json"
                     *           },
                     *           "output": {
                     *             "type": "json"
                     *           }
                     *         },
                     *         "input_size": 412,
                     *         "output_size": 1386,
                     *         "queuing_disabled": false,
                     *         "queuing_priority": 6,
                     *         "run_type": {
                     *           "type": "standard"
                     *         },
                     *         "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                     *         "status_v2": "succeeded",
                     *         "statistics": {
                     *           "schema": "v1",
                     *           "run": {
                     *             "duration": 5.01,
                     *             "iterations": 1834
                     *           },
                     *           "result": {
                     *             "value": 18342.5,
                     *             "duration": 4.87
                     *           }
                     *         }
                     *       },
                     *       "output": {
                     *         "solutions": [
                     *           {
                     *             "vehicles": [
                     *               {
                     *                 "id": "v1",
                     *                 "route": [
                     *                   {
                     *                     "stop_id": "v1-start"
                     *                   },
                     *                   {
                     *                     "stop_id": "s1"
                     *                   },
                     *                   {
                     *                     "stop_id": "s2"
                     *                   }
                     *                 ],
                     *                 "route_travel_duration": 1122
                     *               }
                     *             ],
                     *             "unplanned": []
                     *           }
                     *         ],
                     *         "statistics": {
                     *           "schema": "v1",
                     *           "run": {
                     *             "duration": 5.01,
                     *             "iterations": 1834
                     *           },
                     *           "result": {
                     *             "value": 18342.5,
                     *             "duration": 4.87
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RunResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Dallas morning routes (final)",
                 *       "description": "Dispatched to drivers at 07:10."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateNameDescriptionRequest"];
            };
        };
        responses: {
            /** @description The run was updated; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "latest-4bJxH2nSg",
                     *       "name": "Dallas morning routes",
                     *       "description": "Routes for the 2025-03-04 morning wave.",
                     *       "user_email": "peter.rabbit@carrotexpress.com",
                     *       "metadata": {
                     *         "application_id": "routing-app",
                     *         "application_instance_id": "latest",
                     *         "application_version_id": "",
                     *         "created_at": "2025-03-04T15:20:11Z",
                     *         "duration": 5231,
                     *         "execution_duration": 5012,
                     *         "error": "",
                     *         "execution_class": "6c9500mb870s",
                     *         "format": {
                     *           "input": {
                     *             "type": "json"
                     *           },
                     *           "output": {
                     *             "type": "json"
                     *           }
                     *         },
                     *         "input_size": 412,
                     *         "output_size": 1386,
                     *         "queuing_disabled": false,
                     *         "queuing_priority": 6,
                     *         "run_type": {
                     *           "type": "standard"
                     *         },
                     *         "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                     *         "status_v2": "succeeded",
                     *         "statistics": {
                     *           "schema": "v1",
                     *           "run": {
                     *             "duration": 5.01,
                     *             "iterations": 1834
                     *           },
                     *           "result": {
                     *             "value": 18342.5,
                     *             "duration": 4.87
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RunInformation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunInput: {
        parameters: {
            query?: {
                /**
                 * @description `url` returns a presigned download URL instead of the content inline. Required for non-JSON content
                 *     and for content larger than 5 MiB.
                 * @example url
                 */
                format?: components["parameters"]["UrlFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's JSON input, or `{url}` with `format=url`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "defaults": {
                     *         "vehicles": {
                     *           "capacity": 30,
                     *           "speed": 10
                     *         }
                     *       },
                     *       "stops": [
                     *         {
                     *           "id": "s1",
                     *           "location": {
                     *             "lon": -96.659,
                     *             "lat": 33.122
                     *           },
                     *           "quantity": -10
                     *         },
                     *         {
                     *           "id": "s2",
                     *           "location": {
                     *             "lon": -96.612,
                     *             "lat": 33.071
                     *           },
                     *           "quantity": -8
                     *         }
                     *       ],
                     *       "vehicles": [
                     *         {
                     *           "id": "v1",
                     *           "start_location": {
                     *             "lon": -96.689,
                     *             "lat": 33.097
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunInput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run logs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "log": "Loaded 2 stops and 1 vehicle\nSolving for 5s\nBest value 18342.5 after 1834 iterations\n"
                     *     }
                     */
                    "application/json": components["schemas"]["RunLogs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunLiveLogs: {
        parameters: {
            query?: {
                /**
                 * @description The `next_page_token` of the previous answer; omit on the first call.
                 * @example eyJvZmZzZXQiOjN9
                 */
                since?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A batch of log lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "timestamp": "2025-03-04T18:02:47.120Z",
                     *           "log": "Loaded 2 stops and 1 vehicle"
                     *         },
                     *         {
                     *           "timestamp": "2025-03-04T18:02:47.301Z",
                     *           "log": "Solving for 5s"
                     *         }
                     *       ],
                     *       "status_v2": "running",
                     *       "next_available_in_seconds": 2,
                     *       "next_page_token": "eyJvZmZzZXQiOjJ9"
                     *     }
                     */
                    "application/json": components["schemas"]["LiveLogs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    cancelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancellation was requested; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listRunAssets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "asset-3kWq9pLm",
                     *           "run_id": "latest-4bJxH2nSg",
                     *           "name": "routes-map",
                     *           "description": "Map of the planned routes.",
                     *           "content_type": "json",
                     *           "size": 5120,
                     *           "created_at": "2025-03-04T15:20:17Z",
                     *           "visual": {
                     *             "schema": "geojson",
                     *             "label": "Routes",
                     *             "type": "custom-tab"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunAssetList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getRunAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Run id, as returned by `createRun`.
                 * @example latest-4bJxH2nSg
                 */
                run_id: components["parameters"]["RunId"];
                /**
                 * @description Asset id, from `listRunAssets`.
                 * @example asset-3kWq9pLm
                 */
                asset_id: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to download the asset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "download_url": "https://nextmv-runs.s3.us-east-1.amazonaws.com/routing-app/latest-4bJxH2nSg/assets/asset-3kWq9pLm?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=d41e7a",
                     *       "type": "json"
                     *     }
                     */
                    "application/json": components["schemas"]["RunAssetDownload"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInstances: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instances, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "production",
                     *         "application_id": "routing-app",
                     *         "version_id": "v1-2-0",
                     *         "name": "Production",
                     *         "description": "Serves the dispatch system.",
                     *         "configuration": {
                     *           "execution_class": "6c9500mb870s",
                     *           "options": {
                     *             "solve.duration": "10s"
                     *           }
                     *         },
                     *         "locked": false,
                     *         "created_at": "2025-02-01T10:00:00Z",
                     *         "updated_at": "2025-03-01T10:00:00Z"
                     *       },
                     *       {
                     *         "id": "staging",
                     *         "application_id": "routing-app",
                     *         "version_id": "v1-3-0-rc1",
                     *         "name": "Staging",
                     *         "description": "Candidate release under test.",
                     *         "configuration": {
                     *           "execution_class": "6c9500mb870s"
                     *         },
                     *         "locked": false,
                     *         "created_at": "2025-02-15T09:12:00Z",
                     *         "updated_at": "2025-03-03T11:20:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["Instance"][] | null) | components["schemas"]["InstancePage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "production",
                 *       "name": "Production",
                 *       "version_id": "v1-2-0",
                 *       "description": "Serves the dispatch system.",
                 *       "configuration": {
                 *         "execution_class": "6c9500mb870s",
                 *         "options": {
                 *           "solve.duration": "10s"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateInstanceRequest"];
            };
        };
        responses: {
            /** @description The new instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "production",
                     *       "application_id": "routing-app",
                     *       "version_id": "v1-2-0",
                     *       "name": "Production",
                     *       "description": "Serves the dispatch system.",
                     *       "configuration": {
                     *         "execution_class": "6c9500mb870s",
                     *         "options": {
                     *           "solve.duration": "10s"
                     *         }
                     *       },
                     *       "locked": false,
                     *       "created_at": "2025-02-01T10:00:00Z",
                     *       "updated_at": "2025-02-01T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Instance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Instance id.
                 * @example production
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "production",
                     *       "application_id": "routing-app",
                     *       "version_id": "v1-2-0",
                     *       "name": "Production",
                     *       "description": "Serves the dispatch system.",
                     *       "configuration": {
                     *         "execution_class": "6c9500mb870s",
                     *         "options": {
                     *           "solve.duration": "10s"
                     *         }
                     *       },
                     *       "locked": false,
                     *       "created_at": "2025-02-01T10:00:00Z",
                     *       "updated_at": "2025-03-01T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Instance"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Instance id.
                 * @example production
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "production",
                 *       "name": "Production",
                 *       "version_id": "v1-3-0",
                 *       "description": "Serves the dispatch system.",
                 *       "configuration": {
                 *         "execution_class": "6c9500mb870s",
                 *         "options": {
                 *           "solve.duration": "10s"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateInstanceRequest"];
            };
        };
        responses: {
            /** @description The updated instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "production",
                     *       "application_id": "routing-app",
                     *       "version_id": "v1-3-0",
                     *       "name": "Production",
                     *       "description": "Serves the dispatch system.",
                     *       "configuration": {
                     *         "execution_class": "6c9500mb870s",
                     *         "options": {
                     *           "solve.duration": "10s"
                     *         }
                     *       },
                     *       "locked": false,
                     *       "created_at": "2025-02-01T10:00:00Z",
                     *       "updated_at": "2025-03-06T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Instance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Instance id.
                 * @example production
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listVersions: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "v1-2-0",
                     *         "application_id": "routing-app",
                     *         "name": "v1.2.0",
                     *         "description": "Adds delivery time windows.",
                     *         "executable": {
                     *           "id": "bin-5e8a1f90",
                     *           "user_email": "peter.rabbit@carrotexpress.com",
                     *           "uploaded_at": "2025-01-31T17:40:00Z",
                     *           "requirements": {
                     *             "executable_type": "python",
                     *             "runtime": "ghcr.io/nextmv-io/runtime/python:3.11"
                     *           }
                     *         },
                     *         "created_at": "2025-01-31T17:41:03Z",
                     *         "updated_at": "2025-01-31T17:41:03Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["Version"][] | null) | components["schemas"]["VersionPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "v1-2-0",
                 *       "name": "v1.2.0",
                 *       "description": "Adds delivery time windows."
                 *     }
                 */
                "application/json": components["schemas"]["CreateVersionRequest"];
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
                     *       "id": "v1-2-0",
                     *       "application_id": "routing-app",
                     *       "name": "v1.2.0",
                     *       "description": "Adds delivery time windows.",
                     *       "executable": {
                     *         "id": "bin-5e8a1f90",
                     *         "user_email": "peter.rabbit@carrotexpress.com",
                     *         "uploaded_at": "2025-01-31T17:40:00Z",
                     *         "requirements": {
                     *           "executable_type": "python",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11"
                     *         }
                     *       },
                     *       "created_at": "2025-01-31T17:41:03Z",
                     *       "updated_at": "2025-01-31T17:41:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Version"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Version id.
                 * @example v1-2-0
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "v1-2-0",
                     *       "application_id": "routing-app",
                     *       "name": "v1.2.0",
                     *       "description": "Adds delivery time windows.",
                     *       "executable": {
                     *         "id": "bin-5e8a1f90",
                     *         "user_email": "peter.rabbit@carrotexpress.com",
                     *         "uploaded_at": "2025-01-31T17:40:00Z",
                     *         "requirements": {
                     *           "executable_type": "python",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11"
                     *         }
                     *       },
                     *       "created_at": "2025-01-31T17:41:03Z",
                     *       "updated_at": "2025-01-31T17:41:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Version"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Version id.
                 * @example v1-2-0
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "v1-2-0",
                 *       "name": "v1.2.0",
                 *       "description": "Adds delivery time windows and driver breaks."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateVersionRequest"];
            };
        };
        responses: {
            /** @description The updated version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "v1-2-0",
                     *       "application_id": "routing-app",
                     *       "name": "v1.2.0",
                     *       "description": "Adds delivery time windows and driver breaks.",
                     *       "executable": {
                     *         "id": "bin-5e8a1f90",
                     *         "user_email": "peter.rabbit@carrotexpress.com",
                     *         "uploaded_at": "2025-01-31T17:40:00Z",
                     *         "requirements": {
                     *           "executable_type": "python",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11"
                     *         }
                     *       },
                     *       "created_at": "2025-01-31T17:41:03Z",
                     *       "updated_at": "2025-03-06T08:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Version"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Version id.
                 * @example v1-2-0
                 */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listManagedInputs: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The managed inputs, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "input-dallas-monday",
                     *         "name": "Dallas Monday",
                     *         "description": "Typical Monday demand in Dallas.",
                     *         "run_id": "latest-4bJxH2nSg",
                     *         "format": {
                     *           "input": {
                     *             "type": "json"
                     *           },
                     *           "output": {
                     *             "type": "json"
                     *           }
                     *         },
                     *         "created_at": "2025-03-04T16:00:00Z",
                     *         "updated_at": "2025-03-04T16:00:00Z"
                     *       },
                     *       {
                     *         "id": "input-dallas-peak",
                     *         "name": "Dallas peak season",
                     *         "description": "December demand, 2024.",
                     *         "upload_id": "upload-7d2f91c4-5a3b-4c8e-9f10-2b6d8e4a1c55",
                     *         "format": {
                     *           "input": {
                     *             "type": "json"
                     *           },
                     *           "output": {
                     *             "type": "json"
                     *           }
                     *         },
                     *         "created_at": "2025-03-04T16:05:00Z",
                     *         "updated_at": "2025-03-04T16:05:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["ManagedInput"][] | null) | components["schemas"]["ManagedInputPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createManagedInput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "input-dallas-monday",
                 *       "name": "Dallas Monday",
                 *       "description": "Typical Monday demand in Dallas.",
                 *       "run_id": "latest-4bJxH2nSg",
                 *       "format": {
                 *         "input": {
                 *           "type": "json"
                 *         },
                 *         "output": {
                 *           "type": "json"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateManagedInputRequest"];
            };
        };
        responses: {
            /** @description The new managed input. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "input-dallas-monday",
                     *       "name": "Dallas Monday",
                     *       "description": "Typical Monday demand in Dallas.",
                     *       "run_id": "latest-4bJxH2nSg",
                     *       "format": {
                     *         "input": {
                     *           "type": "json"
                     *         },
                     *         "output": {
                     *           "type": "json"
                     *         }
                     *       },
                     *       "created_at": "2025-03-04T16:00:00Z",
                     *       "updated_at": "2025-03-04T16:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ManagedInput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getManagedInput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Managed input id.
                 * @example input-dallas-monday
                 */
                input_id: components["parameters"]["InputId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The managed input. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "input-dallas-monday",
                     *       "name": "Dallas Monday",
                     *       "description": "Typical Monday demand in Dallas.",
                     *       "run_id": "latest-4bJxH2nSg",
                     *       "format": {
                     *         "input": {
                     *           "type": "json"
                     *         },
                     *         "output": {
                     *           "type": "json"
                     *         }
                     *       },
                     *       "created_at": "2025-03-04T16:00:00Z",
                     *       "updated_at": "2025-03-04T16:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ManagedInput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateManagedInput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Managed input id.
                 * @example input-dallas-monday
                 */
                input_id: components["parameters"]["InputId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "input-dallas-monday",
                 *       "name": "Dallas Monday (baseline)",
                 *       "description": "Typical Monday demand in Dallas."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateManagedInputRequest"];
            };
        };
        responses: {
            /** @description The updated managed input. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "input-dallas-monday",
                     *       "name": "Dallas Monday (baseline)",
                     *       "description": "Typical Monday demand in Dallas.",
                     *       "run_id": "latest-4bJxH2nSg",
                     *       "format": {
                     *         "input": {
                     *           "type": "json"
                     *         },
                     *         "output": {
                     *           "type": "json"
                     *         }
                     *       },
                     *       "created_at": "2025-03-04T16:00:00Z",
                     *       "updated_at": "2025-03-06T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ManagedInput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteManagedInput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Managed input id.
                 * @example input-dallas-monday
                 */
                input_id: components["parameters"]["InputId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The managed input was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInputSets: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The input sets, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "input-set-dallas-week",
                     *         "app_id": "routing-app",
                     *         "name": "Dallas week",
                     *         "description": "Representative Dallas demand.",
                     *         "input_ids": [
                     *           "input-dallas-monday",
                     *           "input-dallas-peak"
                     *         ],
                     *         "created_at": "2025-03-04T16:10:00Z",
                     *         "updated_at": "2025-03-04T16:10:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["InputSet"][] | null) | components["schemas"]["InputSetPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createInputSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "input-set-dallas-week",
                 *       "name": "Dallas week",
                 *       "description": "Representative Dallas demand.",
                 *       "run_ids": [
                 *         "latest-4bJxH2nSg"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateInputSetRequest"];
            };
        };
        responses: {
            /** @description The new input set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "input-set-dallas-week",
                     *       "app_id": "routing-app",
                     *       "name": "Dallas week",
                     *       "description": "Representative Dallas demand.",
                     *       "input_ids": [
                     *         "input-dallas-monday"
                     *       ],
                     *       "inputs": [
                     *         {
                     *           "id": "input-dallas-monday",
                     *           "name": "Dallas Monday",
                     *           "description": "Typical Monday demand in Dallas.",
                     *           "run_id": "latest-4bJxH2nSg",
                     *           "format": {
                     *             "input": {
                     *               "type": "json"
                     *             },
                     *             "output": {
                     *               "type": "json"
                     *             }
                     *           },
                     *           "created_at": "2025-03-04T16:00:00Z",
                     *           "updated_at": "2025-03-04T16:00:00Z"
                     *         }
                     *       ],
                     *       "created_at": "2025-03-04T16:10:00Z",
                     *       "updated_at": "2025-03-04T16:10:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InputSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInputSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Input set id.
                 * @example input-set-dallas-week
                 */
                input_set_id: components["parameters"]["InputSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The input set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "input-set-dallas-week",
                     *       "app_id": "routing-app",
                     *       "name": "Dallas week",
                     *       "description": "Representative Dallas demand.",
                     *       "input_ids": [
                     *         "input-dallas-monday",
                     *         "input-dallas-peak"
                     *       ],
                     *       "created_at": "2025-03-04T16:10:00Z",
                     *       "updated_at": "2025-03-04T16:10:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InputSet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInputSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Input set id.
                 * @example input-set-dallas-week
                 */
                input_set_id: components["parameters"]["InputSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Dallas week",
                 *       "description": "Representative Dallas demand, including peak season."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateInputSetRequest"];
            };
        };
        responses: {
            /** @description The updated input set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "input-set-dallas-week",
                     *       "app_id": "routing-app",
                     *       "name": "Dallas week",
                     *       "description": "Representative Dallas demand, including peak season.",
                     *       "input_ids": [
                     *         "input-dallas-monday",
                     *         "input-dallas-peak"
                     *       ],
                     *       "created_at": "2025-03-04T16:10:00Z",
                     *       "updated_at": "2025-03-06T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InputSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInputSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Input set id.
                 * @example input-set-dallas-week
                 */
                input_set_id: components["parameters"]["InputSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listBatchExperiments: {
        parameters: {
            query?: {
                /**
                 * @description Kind of experiment to list.
                 * @example batch
                 */
                type?: components["schemas"]["BatchExperimentType"];
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiments, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "batch-solver-duration",
                     *         "app_id": "routing-app",
                     *         "name": "Solver duration comparison",
                     *         "description": "5 s against 30 s of solve time.",
                     *         "type": "batch",
                     *         "status": "completed",
                     *         "number_of_requested_runs": 4,
                     *         "number_of_runs": 4,
                     *         "number_of_completed_runs": 4,
                     *         "created_at": "2025-03-05T08:00:00Z",
                     *         "updated_at": "2025-03-05T08:03:10Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["BatchExperimentMetadata"][] | null) | components["schemas"]["BatchExperimentPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createBatchExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "batch-solver-duration",
                 *       "name": "Solver duration comparison",
                 *       "description": "5 s against 30 s of solve time.",
                 *       "type": "batch",
                 *       "option_sets": {
                 *         "short": {
                 *           "solve.duration": "5s"
                 *         },
                 *         "long": {
                 *           "solve.duration": "30s"
                 *         }
                 *       },
                 *       "runs": [
                 *         {
                 *           "input_id": "input-dallas-monday",
                 *           "instance_id": "production",
                 *           "option_set": "short"
                 *         },
                 *         {
                 *           "input_id": "input-dallas-monday",
                 *           "instance_id": "production",
                 *           "option_set": "long"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateBatchExperimentRequest"];
            };
        };
        responses: {
            /** @description The experiment was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "batch-solver-duration"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedId"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getBatchExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment with its summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "batch-solver-duration",
                     *       "name": "Solver duration comparison",
                     *       "description": "5 s against 30 s of solve time.",
                     *       "type": "batch",
                     *       "status": "completed",
                     *       "input_set_id": "input-set-dallas-week",
                     *       "instance_ids": [
                     *         "production"
                     *       ],
                     *       "option_sets": {
                     *         "short": {
                     *           "solve.duration": "5s"
                     *         },
                     *         "long": {
                     *           "solve.duration": "30s"
                     *         }
                     *       },
                     *       "number_of_requested_runs": 4,
                     *       "number_of_runs": 4,
                     *       "number_of_completed_runs": 4,
                     *       "grouped_distributional_summaries": [
                     *         {
                     *           "group_keys": [
                     *             "instanceID",
                     *             "optionSetID"
                     *           ],
                     *           "group_values": [
                     *             "production",
                     *             "short"
                     *           ],
                     *           "number_of_runs_total": 2,
                     *           "indicator_distributions": {
                     *             "result.value": {
                     *               "mean": 18421.3,
                     *               "min": 18342.5,
                     *               "max": 18500.1
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "created_at": "2025-03-05T08:00:00Z",
                     *       "updated_at": "2025-03-05T08:03:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BatchExperiment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteBatchExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateBatchExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Solver duration comparison (March)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateNameDescriptionRequest"];
            };
        };
        responses: {
            /** @description The updated experiment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "batch-solver-duration",
                     *       "name": "Solver duration comparison (March)",
                     *       "description": "5 s against 30 s of solve time.",
                     *       "type": "batch",
                     *       "status": "completed",
                     *       "number_of_requested_runs": 4,
                     *       "number_of_runs": 4,
                     *       "number_of_completed_runs": 4,
                     *       "option_sets": {
                     *         "short": {
                     *           "solve.duration": "5s"
                     *         },
                     *         "long": {
                     *           "solve.duration": "30s"
                     *         }
                     *       },
                     *       "created_at": "2025-03-05T08:00:00Z",
                     *       "updated_at": "2025-03-06T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BatchExperimentInformation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listBatchExperimentRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment's runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runs": [
                     *         {
                     *           "id": "batch-solver-duration-0001",
                     *           "user_email": "peter.rabbit@carrotexpress.com",
                     *           "name": "",
                     *           "description": "",
                     *           "created_at": "2025-03-05T08:00:02Z",
                     *           "application_id": "routing-app",
                     *           "application_instance_id": "production",
                     *           "application_version_id": "v1-2-0",
                     *           "run_type": {
                     *             "type": "standard"
                     *           },
                     *           "execution_class": "6c9500mb870s",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                     *           "status_v2": "succeeded",
                     *           "experiment_id": "batch-solver-duration",
                     *           "input_id": "input-dallas-monday",
                     *           "input_set_id": "input-set-dallas-week",
                     *           "option_set": "short",
                     *           "options": {
                     *             "solve.duration": "5s"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getBatchExperimentMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Batch experiment (or scenario test) id.
                 * @example batch-solver-duration
                 */
                batch_experiment_id: components["parameters"]["BatchExperimentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "batch-solver-duration",
                     *       "app_id": "routing-app",
                     *       "name": "Solver duration comparison",
                     *       "description": "5 s against 30 s of solve time.",
                     *       "type": "batch",
                     *       "status": "started",
                     *       "number_of_requested_runs": 4,
                     *       "number_of_runs": 4,
                     *       "number_of_completed_runs": 2,
                     *       "created_at": "2025-03-05T08:00:00Z",
                     *       "updated_at": "2025-03-05T08:01:30Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BatchExperimentMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listAcceptanceTests: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acceptance tests, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "acceptance-v1-3-0",
                     *         "name": "v1.3.0 against production",
                     *         "description": "Release gate for v1.3.0.",
                     *         "app_id": "routing-app",
                     *         "experiment_id": "acceptance-v1-3-0",
                     *         "control": {
                     *           "instance_id": "production",
                     *           "version_id": "v1-2-0"
                     *         },
                     *         "candidate": {
                     *           "instance_id": "staging",
                     *           "version_id": "v1-3-0-rc1"
                     *         },
                     *         "metrics": [
                     *           {
                     *             "field": "result.value",
                     *             "metric_type": "direct-comparison",
                     *             "params": {
                     *               "operator": "le",
                     *               "tolerance": {
                     *                 "type": "relative",
                     *                 "value": 0.05
                     *               }
                     *             },
                     *             "statistic": "mean"
                     *           }
                     *         ],
                     *         "status": "completed",
                     *         "created_at": "2025-03-05T09:00:00Z",
                     *         "updated_at": "2025-03-05T09:04:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["AcceptanceTest"][] | null) | components["schemas"]["AcceptanceTestPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createAcceptanceTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "acceptance-v1-3-0",
                 *       "name": "v1.3.0 against production",
                 *       "description": "Release gate for v1.3.0.",
                 *       "experiment_id": "acceptance-v1-3-0",
                 *       "control": {
                 *         "instance_id": "production"
                 *       },
                 *       "candidate": {
                 *         "instance_id": "staging"
                 *       },
                 *       "metrics": [
                 *         {
                 *           "field": "result.value",
                 *           "metric_type": "direct-comparison",
                 *           "params": {
                 *             "operator": "le",
                 *             "tolerance": {
                 *               "type": "relative",
                 *               "value": 0.05
                 *             }
                 *           },
                 *           "statistic": "mean"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateAcceptanceTestRequest"];
            };
        };
        responses: {
            /** @description The new acceptance test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acceptance-v1-3-0",
                     *       "name": "v1.3.0 against production",
                     *       "description": "Release gate for v1.3.0.",
                     *       "app_id": "routing-app",
                     *       "experiment_id": "acceptance-v1-3-0",
                     *       "control": {
                     *         "instance_id": "production",
                     *         "version_id": "v1-2-0"
                     *       },
                     *       "candidate": {
                     *         "instance_id": "staging",
                     *         "version_id": "v1-3-0-rc1"
                     *       },
                     *       "metrics": [
                     *         {
                     *           "field": "result.value",
                     *           "metric_type": "direct-comparison",
                     *           "params": {
                     *             "operator": "le",
                     *             "tolerance": {
                     *               "type": "relative",
                     *               "value": 0.05
                     *             }
                     *           },
                     *           "statistic": "mean"
                     *         }
                     *       ],
                     *       "status": "started",
                     *       "created_at": "2025-03-05T09:00:00Z",
                     *       "updated_at": "2025-03-05T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AcceptanceTest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getAcceptanceTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Acceptance test id.
                 * @example acceptance-v1-3-0
                 */
                acceptance_test_id: components["parameters"]["AcceptanceTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acceptance test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acceptance-v1-3-0",
                     *       "name": "v1.3.0 against production",
                     *       "description": "Release gate for v1.3.0.",
                     *       "app_id": "routing-app",
                     *       "experiment_id": "acceptance-v1-3-0",
                     *       "control": {
                     *         "instance_id": "production",
                     *         "version_id": "v1-2-0"
                     *       },
                     *       "candidate": {
                     *         "instance_id": "staging",
                     *         "version_id": "v1-3-0-rc1"
                     *       },
                     *       "metrics": [
                     *         {
                     *           "field": "result.value",
                     *           "metric_type": "direct-comparison",
                     *           "params": {
                     *             "operator": "le",
                     *             "tolerance": {
                     *               "type": "relative",
                     *               "value": 0.05
                     *             }
                     *           },
                     *           "statistic": "mean"
                     *         }
                     *       ],
                     *       "status": "completed",
                     *       "results": {
                     *         "passed": true,
                     *         "metric_results": [
                     *           {
                     *             "metric": {
                     *               "field": "result.value",
                     *               "metric_type": "direct-comparison",
                     *               "params": {
                     *                 "operator": "le",
                     *                 "tolerance": {
                     *                   "type": "relative",
                     *                   "value": 0.05
                     *                 }
                     *               },
                     *               "statistic": "mean"
                     *             },
                     *             "statistics": {
                     *               "control": {
                     *                 "instance_id": "production",
                     *                 "version_id": "v1-2-0",
                     *                 "number_of_runs_total": 2,
                     *                 "distribution_summary_statistics": {
                     *                   "min": 18342.5,
                     *                   "max": 18500.1,
                     *                   "count": 2,
                     *                   "mean": 18421.3,
                     *                   "std": 111.4
                     *                 },
                     *                 "distribution_percentiles": {
                     *                   "p50": 18421.3,
                     *                   "p90": 18484.3
                     *                 }
                     *               },
                     *               "candidate": {
                     *                 "instance_id": "staging",
                     *                 "version_id": "v1-3-0-rc1",
                     *                 "number_of_runs_total": 2,
                     *                 "distribution_summary_statistics": {
                     *                   "min": 17990,
                     *                   "max": 18210.7,
                     *                   "count": 2,
                     *                   "mean": 18100.4,
                     *                   "std": 156.1
                     *                 },
                     *                 "distribution_percentiles": {
                     *                   "p50": 18100.4,
                     *                   "p90": 18188.6
                     *                 }
                     *               }
                     *             },
                     *             "passed": true
                     *           }
                     *         ]
                     *       },
                     *       "created_at": "2025-03-05T09:00:00Z",
                     *       "updated_at": "2025-03-05T09:04:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AcceptanceTest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteAcceptanceTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Acceptance test id.
                 * @example acceptance-v1-3-0
                 */
                acceptance_test_id: components["parameters"]["AcceptanceTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acceptance test was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateAcceptanceTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Acceptance test id.
                 * @example acceptance-v1-3-0
                 */
                acceptance_test_id: components["parameters"]["AcceptanceTestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Release gate for v1.3.0 (approved)."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateNameDescriptionRequest"];
            };
        };
        responses: {
            /** @description The updated acceptance test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acceptance-v1-3-0",
                     *       "name": "v1.3.0 against production",
                     *       "description": "Release gate for v1.3.0 (approved).",
                     *       "app_id": "routing-app",
                     *       "experiment_id": "acceptance-v1-3-0",
                     *       "control": {
                     *         "instance_id": "production",
                     *         "version_id": "v1-2-0"
                     *       },
                     *       "candidate": {
                     *         "instance_id": "staging",
                     *         "version_id": "v1-3-0-rc1"
                     *       },
                     *       "status": "completed",
                     *       "created_at": "2025-03-05T09:00:00Z",
                     *       "updated_at": "2025-03-06T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AcceptanceTest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listShadowTests: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shadow tests, as an array or (with `pagereturn=true`) as a page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "shadow-v1-3-0",
                     *         "name": "v1.3.0 shadowing production",
                     *         "description": "Mirror production traffic to the candidate.",
                     *         "app_id": "routing-app",
                     *         "status": "started",
                     *         "comparisons": [
                     *           {
                     *             "baseline_instance_id": "production",
                     *             "candidate_instance_ids": [
                     *               "staging"
                     *             ]
                     *           }
                     *         ],
                     *         "termination_events": {
                     *           "maximum_runs": 100
                     *         },
                     *         "created_at": "2025-03-06T07:00:00Z",
                     *         "updated_at": "2025-03-06T07:05:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": (components["schemas"]["ShadowTest"][] | null) | components["schemas"]["ShadowTestPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createShadowTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "shadow-v1-3-0",
                 *       "name": "v1.3.0 shadowing production",
                 *       "description": "Mirror production traffic to the candidate.",
                 *       "comparisons": {
                 *         "production": [
                 *           "staging"
                 *         ]
                 *       },
                 *       "termination_events": {
                 *         "maximum_runs": 100
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateShadowTestRequest"];
            };
        };
        responses: {
            /** @description The new shadow test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shadow-v1-3-0",
                     *       "name": "v1.3.0 shadowing production",
                     *       "description": "Mirror production traffic to the candidate.",
                     *       "app_id": "routing-app",
                     *       "status": "draft",
                     *       "comparisons": [
                     *         {
                     *           "baseline_instance_id": "production",
                     *           "candidate_instance_ids": [
                     *             "staging"
                     *           ]
                     *         }
                     *       ],
                     *       "termination_events": {
                     *         "maximum_runs": 100
                     *       },
                     *       "created_at": "2025-03-06T07:00:00Z",
                     *       "updated_at": "2025-03-06T07:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ShadowTest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getShadowTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shadow test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shadow-v1-3-0",
                     *       "name": "v1.3.0 shadowing production",
                     *       "description": "Mirror production traffic to the candidate.",
                     *       "app_id": "routing-app",
                     *       "status": "started",
                     *       "comparisons": [
                     *         {
                     *           "baseline_instance_id": "production",
                     *           "candidate_instance_ids": [
                     *             "staging"
                     *           ]
                     *         }
                     *       ],
                     *       "termination_events": {
                     *         "maximum_runs": 100
                     *       },
                     *       "grouped_distributional_summaries": [
                     *         {
                     *           "group_keys": [
                     *             "instanceID"
                     *           ],
                     *           "group_values": [
                     *             "staging"
                     *           ],
                     *           "number_of_runs_total": 12
                     *         }
                     *       ],
                     *       "created_at": "2025-03-06T07:00:00Z",
                     *       "updated_at": "2025-03-06T09:12:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ShadowTest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteShadowTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shadow test was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateShadowTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "v1.3.0 shadowing production (week 10)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateNameDescriptionRequest"];
            };
        };
        responses: {
            /** @description The updated shadow test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shadow-v1-3-0",
                     *       "name": "v1.3.0 shadowing production (week 10)",
                     *       "description": "Mirror production traffic to the candidate.",
                     *       "app_id": "routing-app",
                     *       "status": "started",
                     *       "created_at": "2025-03-06T07:00:00Z",
                     *       "updated_at": "2025-03-06T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ShadowTest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listShadowTestRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shadow test's runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runs": [
                     *         {
                     *           "id": "staging-Vm3kQ8rTz",
                     *           "user_email": "peter.rabbit@carrotexpress.com",
                     *           "name": "",
                     *           "description": "",
                     *           "created_at": "2025-03-06T08:15:00Z",
                     *           "application_id": "routing-app",
                     *           "application_instance_id": "staging",
                     *           "application_version_id": "v1-3-0-rc1",
                     *           "run_type": {
                     *             "type": "standard"
                     *           },
                     *           "execution_class": "6c9500mb870s",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                     *           "status_v2": "succeeded",
                     *           "experiment_id": "shadow-v1-3-0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getShadowTestMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shadow test metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shadow-v1-3-0",
                     *       "name": "v1.3.0 shadowing production",
                     *       "description": "Mirror production traffic to the candidate.",
                     *       "app_id": "routing-app",
                     *       "status": "started",
                     *       "created_at": "2025-03-06T07:00:00Z",
                     *       "updated_at": "2025-03-06T09:12:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExperimentMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    startShadowTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test started; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    stopShadowTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Shadow test id.
                 * @example shadow-v1-3-0
                 */
                shadow_test_id: components["parameters"]["ShadowTestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "intent": "complete"
                 *     }
                 */
                "application/json": components["schemas"]["StopTestRequest"];
            };
        };
        responses: {
            /** @description The test stopped; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listSwitchbackTests: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switchback tests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "switchback-v1-3-0",
                     *           "name": "v1.3.0 switchback",
                     *           "description": "Alternate production and staging every 2 hours.",
                     *           "app_id": "routing-app",
                     *           "status": "draft",
                     *           "comparison": {
                     *             "baseline_instance_id": "production",
                     *             "candidate_instance_id": "staging"
                     *           },
                     *           "created_at": "2025-03-06T07:30:00Z",
                     *           "updated_at": "2025-03-06T07:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SwitchbackTestPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createSwitchbackTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "switchback-v1-3-0",
                 *       "name": "v1.3.0 switchback",
                 *       "description": "Alternate production and staging every 2 hours.",
                 *       "comparison": {
                 *         "baseline_instance_id": "production",
                 *         "candidate_instance_id": "staging"
                 *       },
                 *       "generate_random_plan": {
                 *         "unit_duration_minutes": 120,
                 *         "units": 4,
                 *         "start": "2025-03-07T06:00:00Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateSwitchbackTestRequest"];
            };
        };
        responses: {
            /** @description The new switchback test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "switchback-v1-3-0",
                     *       "name": "v1.3.0 switchback",
                     *       "description": "Alternate production and staging every 2 hours.",
                     *       "app_id": "routing-app",
                     *       "status": "draft",
                     *       "comparison": {
                     *         "baseline_instance_id": "production",
                     *         "candidate_instance_id": "staging"
                     *       },
                     *       "plan": {
                     *         "start": "2025-03-07T06:00:00Z",
                     *         "units": [
                     *           {
                     *             "index": 0,
                     *             "instance_id": "staging",
                     *             "duration_minutes": 120
                     *           },
                     *           {
                     *             "index": 1,
                     *             "instance_id": "production",
                     *             "duration_minutes": 120
                     *           },
                     *           {
                     *             "index": 2,
                     *             "instance_id": "production",
                     *             "duration_minutes": 120
                     *           },
                     *           {
                     *             "index": 3,
                     *             "instance_id": "staging",
                     *             "duration_minutes": 120
                     *           }
                     *         ]
                     *       },
                     *       "created_at": "2025-03-06T07:30:00Z",
                     *       "updated_at": "2025-03-06T07:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SwitchbackTest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSwitchbackTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switchback test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "switchback-v1-3-0",
                     *       "name": "v1.3.0 switchback",
                     *       "description": "Alternate production and staging every 2 hours.",
                     *       "app_id": "routing-app",
                     *       "status": "started",
                     *       "started_at": "2025-03-07T06:00:00Z",
                     *       "comparison": {
                     *         "baseline_instance_id": "production",
                     *         "candidate_instance_id": "staging"
                     *       },
                     *       "plan": {
                     *         "start": "2025-03-07T06:00:00Z",
                     *         "units": [
                     *           {
                     *             "index": 0,
                     *             "instance_id": "staging",
                     *             "duration_minutes": 120
                     *           },
                     *           {
                     *             "index": 1,
                     *             "instance_id": "production",
                     *             "duration_minutes": 120
                     *           },
                     *           {
                     *             "index": 2,
                     *             "instance_id": "production",
                     *             "duration_minutes": 120
                     *           },
                     *           {
                     *             "index": 3,
                     *             "instance_id": "staging",
                     *             "duration_minutes": 120
                     *           }
                     *         ]
                     *       },
                     *       "created_at": "2025-03-06T07:30:00Z",
                     *       "updated_at": "2025-03-07T06:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SwitchbackTest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteSwitchbackTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switchback test was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateSwitchbackTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Alternate production and staging every 2 hours on Friday."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateNameDescriptionRequest"];
            };
        };
        responses: {
            /** @description The updated switchback test. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "switchback-v1-3-0",
                     *       "name": "v1.3.0 switchback",
                     *       "description": "Alternate production and staging every 2 hours on Friday.",
                     *       "app_id": "routing-app",
                     *       "status": "draft",
                     *       "comparison": {
                     *         "baseline_instance_id": "production",
                     *         "candidate_instance_id": "staging"
                     *       },
                     *       "created_at": "2025-03-06T07:30:00Z",
                     *       "updated_at": "2025-03-06T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SwitchbackTest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listSwitchbackTestRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switchback test's runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runs": [
                     *         {
                     *           "id": "staging-Hq7nW2pLd",
                     *           "user_email": "peter.rabbit@carrotexpress.com",
                     *           "name": "",
                     *           "description": "",
                     *           "created_at": "2025-03-07T06:10:00Z",
                     *           "application_id": "routing-app",
                     *           "application_instance_id": "staging",
                     *           "application_version_id": "v1-3-0-rc1",
                     *           "run_type": {
                     *             "type": "standard"
                     *           },
                     *           "execution_class": "6c9500mb870s",
                     *           "runtime": "ghcr.io/nextmv-io/runtime/python:3.11",
                     *           "status_v2": "succeeded",
                     *           "experiment_id": "switchback-v1-3-0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSwitchbackTestMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switchback test metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "switchback-v1-3-0",
                     *       "name": "v1.3.0 switchback",
                     *       "description": "Alternate production and staging every 2 hours.",
                     *       "app_id": "routing-app",
                     *       "status": "started",
                     *       "created_at": "2025-03-06T07:30:00Z",
                     *       "updated_at": "2025-03-07T06:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExperimentMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    startSwitchbackTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test started; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    stopSwitchbackTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Switchback test id.
                 * @example switchback-v1-3-0
                 */
                switchback_test_id: components["parameters"]["SwitchbackTestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "intent": "cancel"
                 *     }
                 */
                "application/json": components["schemas"]["StopTestRequest"];
            };
        };
        responses: {
            /** @description The test stopped; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listEnsembles: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ensemble definitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "ensemble-routing",
                     *           "application_id": "routing-app",
                     *           "name": "Routing ensemble",
                     *           "description": "Best of three solver repetitions.",
                     *           "run_groups": [
                     *             {
                     *               "id": "production-5s",
                     *               "instance_id": "production",
                     *               "options": {
                     *                 "solve.duration": "5s"
                     *               },
                     *               "repetitions": 3
                     *             }
                     *           ],
                     *           "rules": [
                     *             {
                     *               "id": "lowest-cost",
                     *               "statistics_path": "$.result.value",
                     *               "objective": "minimize",
                     *               "tolerance": {
                     *                 "value": 0,
                     *                 "type": "absolute"
                     *               },
                     *               "index": 0
                     *             }
                     *           ],
                     *           "created_at": "2025-03-01T12:00:00Z",
                     *           "updated_at": "2025-03-01T12:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EnsembleDefinitionPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createEnsemble: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "ensemble-routing",
                 *       "name": "Routing ensemble",
                 *       "description": "Best of three solver repetitions.",
                 *       "run_groups": [
                 *         {
                 *           "id": "production-5s",
                 *           "instance_id": "production",
                 *           "options": {
                 *             "solve.duration": "5s"
                 *           },
                 *           "repetitions": 3
                 *         }
                 *       ],
                 *       "rules": [
                 *         {
                 *           "id": "lowest-cost",
                 *           "statistics_path": "$.result.value",
                 *           "objective": "minimize",
                 *           "tolerance": {
                 *             "value": 0,
                 *             "type": "absolute"
                 *           },
                 *           "index": 0
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateEnsembleRequest"];
            };
        };
        responses: {
            /** @description The new ensemble definition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ensemble-routing",
                     *       "application_id": "routing-app",
                     *       "name": "Routing ensemble",
                     *       "description": "Best of three solver repetitions.",
                     *       "run_groups": [
                     *         {
                     *           "id": "production-5s",
                     *           "instance_id": "production",
                     *           "options": {
                     *             "solve.duration": "5s"
                     *           },
                     *           "repetitions": 3
                     *         }
                     *       ],
                     *       "rules": [
                     *         {
                     *           "id": "lowest-cost",
                     *           "statistics_path": "$.result.value",
                     *           "objective": "minimize",
                     *           "tolerance": {
                     *             "value": 0,
                     *             "type": "absolute"
                     *           },
                     *           "index": 0
                     *         }
                     *       ],
                     *       "created_at": "2025-03-01T12:00:00Z",
                     *       "updated_at": "2025-03-01T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EnsembleDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getEnsemble: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Ensemble definition id.
                 * @example ensemble-routing
                 */
                ensemble_id: components["parameters"]["EnsembleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ensemble definition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ensemble-routing",
                     *       "application_id": "routing-app",
                     *       "name": "Routing ensemble",
                     *       "description": "Best of three solver repetitions.",
                     *       "run_groups": [
                     *         {
                     *           "id": "production-5s",
                     *           "instance_id": "production",
                     *           "options": {
                     *             "solve.duration": "5s"
                     *           },
                     *           "repetitions": 3
                     *         }
                     *       ],
                     *       "rules": [
                     *         {
                     *           "id": "lowest-cost",
                     *           "statistics_path": "$.result.value",
                     *           "objective": "minimize",
                     *           "tolerance": {
                     *             "value": 0,
                     *             "type": "absolute"
                     *           },
                     *           "index": 0
                     *         }
                     *       ],
                     *       "created_at": "2025-03-01T12:00:00Z",
                     *       "updated_at": "2025-03-01T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EnsembleDefinition"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteEnsemble: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Ensemble definition id.
                 * @example ensemble-routing
                 */
                ensemble_id: components["parameters"]["EnsembleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ensemble definition was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateEnsemble: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Ensemble definition id.
                 * @example ensemble-routing
                 */
                ensemble_id: components["parameters"]["EnsembleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Routing ensemble (3 repetitions)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateNameDescriptionRequest"];
            };
        };
        responses: {
            /** @description The updated ensemble definition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ensemble-routing",
                     *       "application_id": "routing-app",
                     *       "name": "Routing ensemble (3 repetitions)",
                     *       "description": "Best of three solver repetitions.",
                     *       "created_at": "2025-03-01T12:00:00Z",
                     *       "updated_at": "2025-03-06T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EnsembleDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listSecretsCollections: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secrets collections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "routing-secrets",
                     *           "application_id": "routing-app",
                     *           "name": "Routing secrets",
                     *           "description": "Credentials of the maps provider.",
                     *           "created_at": "2025-02-10T09:00:00Z",
                     *           "updated_at": "2025-02-10T09:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SecretsCollectionSummaryPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createSecretsCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "routing-secrets",
                 *       "name": "Routing secrets",
                 *       "description": "Credentials of the maps provider.",
                 *       "secrets": [
                 *         {
                 *           "type": "env",
                 *           "location": "MAPS_API_KEY",
                 *           "value": "mk_live_8f2b61c0"
                 *         },
                 *         {
                 *           "type": "file",
                 *           "location": "config/maps.json",
                 *           "value": "{\"region\": \"us-south\"}"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateSecretsCollectionRequest"];
            };
        };
        responses: {
            /** @description The summary of the new collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "routing-secrets",
                     *       "application_id": "routing-app",
                     *       "name": "Routing secrets",
                     *       "description": "Credentials of the maps provider.",
                     *       "created_at": "2025-02-10T09:00:00Z",
                     *       "updated_at": "2025-02-10T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SecretsCollectionSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSecretsCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Secrets collection id.
                 * @example routing-secrets
                 */
                secrets_collection_id: components["parameters"]["SecretsCollectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection, including secret values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "routing-secrets",
                     *       "application_id": "routing-app",
                     *       "name": "Routing secrets",
                     *       "description": "Credentials of the maps provider.",
                     *       "secrets": [
                     *         {
                     *           "type": "env",
                     *           "location": "MAPS_API_KEY",
                     *           "value": "mk_live_8f2b61c0"
                     *         },
                     *         {
                     *           "type": "file",
                     *           "location": "config/maps.json",
                     *           "value": "{\"region\": \"us-south\"}"
                     *         }
                     *       ],
                     *       "created_at": "2025-02-10T09:00:00Z",
                     *       "updated_at": "2025-02-10T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SecretsCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateSecretsCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Secrets collection id.
                 * @example routing-secrets
                 */
                secrets_collection_id: components["parameters"]["SecretsCollectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "routing-secrets",
                 *       "name": "Routing secrets",
                 *       "description": "Credentials of the maps provider (rotated).",
                 *       "secrets": [
                 *         {
                 *           "type": "env",
                 *           "location": "MAPS_API_KEY",
                 *           "value": "mk_live_19c4d7ee"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSecretsCollectionRequest"];
            };
        };
        responses: {
            /** @description The summary of the updated collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "routing-secrets",
                     *       "application_id": "routing-app",
                     *       "name": "Routing secrets",
                     *       "description": "Credentials of the maps provider (rotated).",
                     *       "created_at": "2025-02-10T09:00:00Z",
                     *       "updated_at": "2025-03-06T13:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SecretsCollectionSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteSecretsCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example routing-app
                 */
                application_id: components["parameters"]["ApplicationId"];
                /**
                 * @description Secrets collection id.
                 * @example routing-secrets
                 */
                secrets_collection_id: components["parameters"]["SecretsCollectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Hare Delivery Co",
                 *       "admins": [
                 *         "admin@haredelivery.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The new organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "hare-delivery-co",
                     *       "name": "Hare Delivery Co",
                     *       "members": [
                     *         {
                     *           "email": "admin@haredelivery.com",
                     *           "role": "admin",
                     *           "pending_invite": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization (account) id.
                 * @example carrot-express
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization and its members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "carrot-express",
                     *       "name": "Carrot Express",
                     *       "members": [
                     *         {
                     *           "email": "peter.rabbit@carrotexpress.com",
                     *           "role": "admin",
                     *           "pending_invite": false
                     *         },
                     *         {
                     *           "email": "benjamin.bunny@carrotexpress.com",
                     *           "role": "developer",
                     *           "pending_invite": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Organization"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization (account) id.
                 * @example carrot-express
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "carrot-express",
                 *       "name": "Carrot Express Logistics",
                 *       "members": [
                 *         {
                 *           "email": "peter.rabbit@carrotexpress.com",
                 *           "role": "admin",
                 *           "pending_invite": false
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Organization"];
            };
        };
        responses: {
            /** @description The updated organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "carrot-express",
                     *       "name": "Carrot Express Logistics",
                     *       "members": [
                     *         {
                     *           "email": "peter.rabbit@carrotexpress.com",
                     *           "role": "admin",
                     *           "pending_invite": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization (account) id.
                 * @example carrot-express
                 */
                organization_id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getAccountQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs waiting for or using capacity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runs": [
                     *         {
                     *           "id": "latest-7pQr2vWxZ",
                     *           "user_email": "peter.rabbit@carrotexpress.com",
                     *           "name": "Dallas afternoon routes",
                     *           "description": "",
                     *           "created_at": "2025-03-04T18:02:45Z",
                     *           "application_id": "routing-app",
                     *           "application_instance_id": "latest",
                     *           "application_version_id": "",
                     *           "execution_class": "6c9500mb870s",
                     *           "status_v2": "running"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Queue"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description `true` answers with a page object `{items, next_page_token}` instead of the historical list shape. SDK evidence only for ensembles, secrets and `/v1/applications`; on the other listings it is unverified (the client also reads their historical shapes).
                 * @example true
                 */
                pagereturn?: components["parameters"]["PageReturn"];
                /**
                 * @description The `next_page_token` of the previous page; use together with `pagereturn=true`.
                 * @example eyJsYXN0X2lkIjoibGF0ZXN0LTRiSnhIMm5TZyJ9
                 */
                pagetoken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "dbx-runtime",
                     *           "name": "Databricks runtime",
                     *           "description": "Runs Python apps on the analytics workspace.",
                     *           "global": false,
                     *           "type": "runtime",
                     *           "exec_types": [
                     *             "python"
                     *           ],
                     *           "provider": "dbx",
                     *           "provider_config": {
                     *             "workspace_url": "https://dbc-4f1a2b3c-9d8e.cloud.databricks.com"
                     *           },
                     *           "application_ids": [
                     *             "routing-app"
                     *           ],
                     *           "created_at": "2025-01-20T10:00:00Z",
                     *           "updated_at": "2025-01-20T10:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "dbx-runtime",
                 *       "name": "Databricks runtime",
                 *       "description": "Runs Python apps on the analytics workspace.",
                 *       "global": false,
                 *       "type": "runtime",
                 *       "exec_types": [
                 *         "python"
                 *       ],
                 *       "provider": "dbx",
                 *       "provider_config": {
                 *         "workspace_url": "https://dbc-4f1a2b3c-9d8e.cloud.databricks.com"
                 *       },
                 *       "application_ids": [
                 *         "routing-app"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateIntegrationRequest"];
            };
        };
        responses: {
            /** @description The new integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dbx-runtime",
                     *       "name": "Databricks runtime",
                     *       "description": "Runs Python apps on the analytics workspace.",
                     *       "global": false,
                     *       "type": "runtime",
                     *       "exec_types": [
                     *         "python"
                     *       ],
                     *       "provider": "dbx",
                     *       "provider_config": {
                     *         "workspace_url": "https://dbc-4f1a2b3c-9d8e.cloud.databricks.com"
                     *       },
                     *       "application_ids": [
                     *         "routing-app"
                     *       ],
                     *       "created_at": "2025-01-20T10:00:00Z",
                     *       "updated_at": "2025-01-20T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Integration id.
                 * @example dbx-runtime
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dbx-runtime",
                     *       "name": "Databricks runtime",
                     *       "description": "Runs Python apps on the analytics workspace.",
                     *       "global": false,
                     *       "type": "runtime",
                     *       "exec_types": [
                     *         "python"
                     *       ],
                     *       "provider": "dbx",
                     *       "provider_config": {
                     *         "workspace_url": "https://dbc-4f1a2b3c-9d8e.cloud.databricks.com"
                     *       },
                     *       "application_ids": [
                     *         "routing-app"
                     *       ],
                     *       "created_at": "2025-01-20T10:00:00Z",
                     *       "updated_at": "2025-01-20T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Integration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Integration id.
                 * @example dbx-runtime
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "dbx-runtime",
                 *       "name": "Databricks runtime",
                 *       "description": "Runs Python apps on the analytics workspace.",
                 *       "global": true,
                 *       "type": "runtime",
                 *       "exec_types": [
                 *         "python"
                 *       ],
                 *       "provider": "dbx",
                 *       "provider_config": {
                 *         "workspace_url": "https://dbc-4f1a2b3c-9d8e.cloud.databricks.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateIntegrationRequest"];
            };
        };
        responses: {
            /** @description The updated integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "dbx-runtime",
                     *       "name": "Databricks runtime",
                     *       "description": "Runs Python apps on the analytics workspace.",
                     *       "global": true,
                     *       "type": "runtime",
                     *       "exec_types": [
                     *         "python"
                     *       ],
                     *       "provider": "dbx",
                     *       "provider_config": {
                     *         "workspace_url": "https://dbc-4f1a2b3c-9d8e.cloud.databricks.com"
                     *       },
                     *       "created_at": "2025-01-20T10:00:00Z",
                     *       "updated_at": "2025-03-06T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Integration id.
                 * @example dbx-runtime
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listMarketplaceApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All marketplace applications visible to the account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "acme-routing",
                     *         "partner_id": "acme",
                     *         "title": "Acme Routing",
                     *         "state": "released",
                     *         "description": "Vehicle routing with time windows and capacities.",
                     *         "categories": [
                     *           "routing"
                     *         ],
                     *         "features": [
                     *           "Time windows",
                     *           "Vehicle capacities"
                     *         ],
                     *         "latest_versions": [
                     *           "v1"
                     *         ],
                     *         "created_at": "2025-02-01T08:00:00Z",
                     *         "updated_at": "2025-02-05T08:00:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["MarketplaceApplication"][] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listPartnerMarketplaceApplications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner's marketplace applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "acme-routing",
                     *         "partner_id": "acme",
                     *         "title": "Acme Routing",
                     *         "state": "released",
                     *         "ref_app_id": "routing-app",
                     *         "description": "Vehicle routing with time windows and capacities.",
                     *         "categories": [
                     *           "routing"
                     *         ],
                     *         "features": [
                     *           "Time windows",
                     *           "Vehicle capacities"
                     *         ],
                     *         "latest_versions": [
                     *           "v1"
                     *         ],
                     *         "created_at": "2025-02-01T08:00:00Z",
                     *         "updated_at": "2025-02-05T08:00:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["MarketplaceApplication"][] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createMarketplaceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "acme-routing",
                 *       "ref_app_id": "routing-app",
                 *       "title": "Acme Routing",
                 *       "description": "Vehicle routing with time windows and capacities.",
                 *       "categories": [
                 *         "routing"
                 *       ],
                 *       "features": [
                 *         "Time windows",
                 *         "Vehicle capacities"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateMarketplaceApplicationRequest"];
            };
        };
        responses: {
            /** @description The new marketplace application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acme-routing",
                     *       "partner_id": "acme",
                     *       "title": "Acme Routing",
                     *       "state": "pre-release",
                     *       "ref_app_id": "routing-app",
                     *       "description": "Vehicle routing with time windows and capacities.",
                     *       "categories": [
                     *         "routing"
                     *       ],
                     *       "features": [
                     *         "Time windows",
                     *         "Vehicle capacities"
                     *       ],
                     *       "created_at": "2025-02-01T08:00:00Z",
                     *       "updated_at": "2025-02-01T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getMarketplaceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The marketplace application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acme-routing",
                     *       "partner_id": "acme",
                     *       "title": "Acme Routing",
                     *       "state": "released",
                     *       "ref_app_id": "routing-app",
                     *       "description": "Vehicle routing with time windows and capacities.",
                     *       "categories": [
                     *         "routing"
                     *       ],
                     *       "features": [
                     *         "Time windows",
                     *         "Vehicle capacities"
                     *       ],
                     *       "latest_versions": [
                     *         "v1"
                     *       ],
                     *       "created_at": "2025-02-01T08:00:00Z",
                     *       "updated_at": "2025-02-05T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceApplication"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateMarketplaceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "acme-routing",
                 *       "partner_id": "acme",
                 *       "title": "Acme Routing",
                 *       "state": "released",
                 *       "ref_app_id": "routing-app",
                 *       "description": "Vehicle routing with time windows and capacities.",
                 *       "categories": [
                 *         "routing"
                 *       ],
                 *       "features": [
                 *         "Time windows",
                 *         "Vehicle capacities"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMarketplaceApplicationRequest"];
            };
        };
        responses: {
            /** @description The updated marketplace application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acme-routing",
                     *       "partner_id": "acme",
                     *       "title": "Acme Routing",
                     *       "state": "released",
                     *       "ref_app_id": "routing-app",
                     *       "description": "Vehicle routing with time windows and capacities.",
                     *       "categories": [
                     *         "routing"
                     *       ],
                     *       "features": [
                     *         "Time windows",
                     *         "Vehicle capacities"
                     *       ],
                     *       "latest_versions": [
                     *         "v1"
                     *       ],
                     *       "created_at": "2025-02-01T08:00:00Z",
                     *       "updated_at": "2025-02-05T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listMarketplaceVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "v1",
                     *         "app_id": "acme-routing",
                     *         "partner_id": "acme",
                     *         "change_log": [
                     *           "First public release."
                     *         ],
                     *         "created_at": "2025-02-05T08:00:00Z",
                     *         "updated_at": "2025-02-05T08:00:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["MarketplaceVersion"][] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createMarketplaceVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "v1",
                 *       "change_log": [
                 *         "First public release."
                 *       ],
                 *       "ref_app_version_id": "v1-2-0"
                 *     }
                 */
                "application/json": components["schemas"]["CreateMarketplaceVersionRequest"];
            };
        };
        responses: {
            /** @description The new marketplace version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "v1",
                     *       "app_id": "acme-routing",
                     *       "partner_id": "acme",
                     *       "change_log": [
                     *         "First public release."
                     *       ],
                     *       "created_at": "2025-02-05T08:00:00Z",
                     *       "updated_at": "2025-02-05T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getMarketplaceVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
                /**
                 * @description Marketplace application version id.
                 * @example v1
                 */
                version_id: components["parameters"]["MarketplaceVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The marketplace version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "v1",
                     *       "app_id": "acme-routing",
                     *       "partner_id": "acme",
                     *       "change_log": [
                     *         "First public release."
                     *       ],
                     *       "created_at": "2025-02-05T08:00:00Z",
                     *       "updated_at": "2025-02-05T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateMarketplaceVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace partner id.
                 * @example acme
                 */
                partner_id: components["parameters"]["PartnerId"];
                /**
                 * @description Marketplace application id.
                 * @example acme-routing
                 */
                app_id: components["parameters"]["MarketplaceAppId"];
                /**
                 * @description Marketplace application version id.
                 * @example v1
                 */
                version_id: components["parameters"]["MarketplaceVersionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "change_log": [
                 *         "First public release.",
                 *         "Documents the capacity option."
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMarketplaceVersionRequest"];
            };
        };
        responses: {
            /** @description The updated marketplace version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "v1",
                     *       "app_id": "acme-routing",
                     *       "partner_id": "acme",
                     *       "change_log": [
                     *         "First public release.",
                     *         "Documents the capacity option."
                     *       ],
                     *       "created_at": "2025-02-05T08:00:00Z",
                     *       "updated_at": "2025-03-06T15:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listMarketplaceSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "subscription_id": "acme-routing-sub",
                     *         "partner_name": "Acme Optimization",
                     *         "app_title": "Acme Routing",
                     *         "subscription_date": "2025-02-10T12:00:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["MarketplaceSubscription"][] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createMarketplaceSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscription_id": "acme-routing-sub"
                 *     }
                 */
                "application/json": components["schemas"]["CreateMarketplaceSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The new subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subscription_id": "acme-routing-sub",
                     *       "partner_name": "Acme Optimization",
                     *       "app_title": "Acme Routing",
                     *       "subscription_date": "2025-02-10T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getMarketplaceSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace subscription id.
                 * @example acme-routing-sub
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subscription_id": "acme-routing-sub",
                     *       "partner_name": "Acme Optimization",
                     *       "app_title": "Acme Routing",
                     *       "subscription_date": "2025-02-10T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MarketplaceSubscription"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteMarketplaceSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Marketplace subscription id.
                 * @example acme-routing-sub
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription was removed; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getSsoConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's SSO configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allow_non_domain_users": false,
                     *       "enabled": true,
                     *       "metadata_url": "https://login.carrotexpress.com/saml/metadata"
                     *     }
                     */
                    "application/json": components["schemas"]["SsoConfiguration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateSsoConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allow_non_domain_users": false,
                 *       "enabled": true,
                 *       "metadata_url": "https://login.carrotexpress.com/saml/metadata/v2"
                 *     }
                 */
                "application/json": components["schemas"]["SsoConfiguration"];
            };
        };
        responses: {
            /** @description The updated SSO configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allow_non_domain_users": false,
                     *       "enabled": true,
                     *       "metadata_url": "https://login.carrotexpress.com/saml/metadata/v2"
                     *     }
                     */
                    "application/json": components["schemas"]["SsoConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createSsoConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allow_non_domain_users": false,
                 *       "enabled": false,
                 *       "metadata_url": "https://login.carrotexpress.com/saml/metadata"
                 *     }
                 */
                "application/json": components["schemas"]["SsoConfiguration"];
            };
        };
        responses: {
            /** @description The stored SSO configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allow_non_domain_users": false,
                     *       "enabled": false,
                     *       "metadata_url": "https://login.carrotexpress.com/saml/metadata"
                     *     }
                     */
                    "application/json": components["schemas"]["SsoConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteSsoConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration was removed; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    enableSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SSO is enabled; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    disableSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SSO is disabled; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getCommunityToolUrl: {
        parameters: {
            query: {
                /**
                 * @description Path of the file in the catalogue.
                 * @example community-apps/manifest.yml
                 */
                file: string;
            };
            header?: {
                /**
                 * @description Origin of the call; the CLI sends `cli`.
                 * @example cli
                 */
                "request-source"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to download the file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://nextmv-community.s3.us-east-1.amazonaws.com/community-apps/manifest.yml?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=5c0e2d"
                     *     }
                     */
                    "application/json": components["schemas"]["DownloadUrl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
}
