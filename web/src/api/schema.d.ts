// Generated from docs/openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facts the web app needs at start */
        get: operations["getMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sms-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sign-in / sign-up code by SMS */
        post: operations["sendSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with an SMS code; tells when the number still needs to register */
        post: operations["loginWithCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with phone number and password */
        post: operations["loginWithPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account with a verified number */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this device */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account and its CSRF token */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit profile basics */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or change the password */
        put: operations["setPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Devices signed in to this account */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign a device out */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An operator opens one account; the access and its reason are audited */
        post: operations["adminViewAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/sms-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Texts the development SMS outbox holds for a number (only when SMS_ADAPTER=outbox) */
        post: operations["readSmsOutbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Most recent open jobs */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One open job */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/posting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The schema.org JobPosting (JSON-LD) of one open job */
        get: operations["getJobPosting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cities with open jobs */
        get: operations["listCities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My enterprise's jobs, every status */
        get: operations["listMyJobs"];
        put?: never;
        /** Save a new job as a draft, or submit it (verified enterprises publish at once) */
        post: operations["createJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job of my enterprise */
        get: operations["getMyJob"];
        /** Edit a job; an open or pending job is checked again */
        put: operations["updateJob"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/jobs/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit a draft or rejected job, close, reopen a closed or expired job, refresh (once a day) */
        post: operations["actOnJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/job-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs waiting for review, oldest first */
        get: operations["listJobReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/job-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a job (it opens) or reject it with a reason the recruiters see */
        post: operations["decideJobReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Position categories and positions, experience and education levels, job types and welfare tags */
        get: operations["getTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises by name (public; nothing about the visitor is kept) */
        get: operations["searchEnterprises"];
        put?: never;
        /** Register an enterprise; the recruiter becomes its admin */
        post: operations["createEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise listing (public) */
        get: operations["getEnterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/media/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The listing's logo or one of its photos (public); no other file is served here */
        get: operations["getEnterpriseMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the logo (admins) */
        put: operations["setEnterpriseLogo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo (admins; at most 9) */
        post: operations["addEnterprisePhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a photo (admins); the file is deleted */
        delete: operations["removeEnterprisePhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/enterprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My enterprise and role, invitations to my number, my join requests and claims */
        get: operations["getMyEnterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open requests to join (admins); each name shown is recorded in the audit log */
        get: operations["listEnterpriseJoinRequests"];
        put?: never;
        /** Ask to join an enterprise; its admins approve or reject */
        post: operations["requestToJoinEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/join-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a request to join (admins) */
        post: operations["decideEnterpriseJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations not answered yet (admins) */
        get: operations["listEnterpriseInvitations"];
        put?: never;
        /** Invite a recruiter by phone number (admins); only a keyed hash and a masked form of the number are kept */
        post: operations["inviteRecruiter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation (admins) */
        delete: operations["revokeEnterpriseInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/enterprise-invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline an invitation addressed to my number */
        post: operations["answerEnterpriseInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise's recruiters and their roles (members); each name shown is recorded in the audit log */
        get: operations["listEnterpriseMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (admins), or leave (oneself); at least one admin stays */
        delete: operations["removeEnterpriseMember"];
        options?: never;
        head?: never;
        /** Make a member an admin or a recruiter (admins; at least one admin stays) */
        patch: operations["setEnterpriseMemberRole"];
        trace?: never;
    };
    "/api/enterprises/{id}/certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certification status and, after a rejection, the reason (members) */
        get: operations["getEnterpriseCertification"];
        put?: never;
        /** Upload the business licence (and a letter of authorisation) for operator review (admins) */
        post: operations["submitEnterpriseCertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/certification/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open a certification document of my enterprise (admins); recorded in the audit log */
        get: operations["downloadEnterpriseCertificationFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim an existing listing as mine, with the business licence; an operator decides */
        post: operations["claimEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/enterprise-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certifications and claims waiting for review, oldest first */
        get: operations["adminListEnterpriseReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/enterprise-reviews/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open a document of a review; every opening is recorded in the audit log */
        get: operations["adminDownloadEnterpriseReviewFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/enterprise-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, or reject with a reason the applicant sees */
        post: operations["adminDecideEnterpriseReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My resumes, with completeness */
        get: operations["listMyResumes"];
        put?: never;
        /** Start a resume (private until I choose otherwise; at most 5) */
        post: operations["createResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my resumes */
        get: operations["getMyResume"];
        /** Save every section of one of my resumes */
        put: operations["saveResume"];
        post?: never;
        /** Delete one of my resumes and its files */
        delete: operations["deleteResume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Who may see this resume: public (verified enterprises), applied (enterprises I applied to) or private */
        put: operations["setResumeVisibility"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My resume as a recruiter I have not applied to sees it (name and phone masked) */
        get: operations["previewResume"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}/attachment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my resume's attachment */
        get: operations["downloadMyResumeAttachment"];
        /** Upload the resume as a PDF, DOC or DOCX (up to 10 MB), replacing the last one */
        put: operations["setResumeAttachment"];
        post?: never;
        /** Remove the attachment */
        delete: operations["deleteResumeAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{resumeId}/attachment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate's attachment (recruiters who may see the resume); recorded for the seeker */
        get: operations["downloadCandidateAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resumes/{id}/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my resume's avatar */
        get: operations["downloadMyResumeAvatar"];
        /** Upload a photo (JPEG, PNG or WebP, up to 2 MB) */
        put: operations["setResumeAvatar"];
        post?: never;
        /** Remove the avatar */
        delete: operations["deleteResumeAvatar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{resumeId}/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate's photo (only after the seeker disclosed to my enterprise); recorded for the seeker */
        get: operations["downloadCandidateAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/blocked-enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises I blocked: they never see, find or open my resumes */
        get: operations["listBlockedEnterprises"];
        put?: never;
        /** Block an enterprise */
        post: operations["blockEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/blocked-enterprises/{enterpriseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unblock an enterprise */
        delete: operations["unblockEnterprise"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resumes my enterprise may see, newest first; names and phones masked until the seeker discloses to us */
        get: operations["listCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{resumeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open a resume my enterprise may see; recorded in the seeker's "who accessed my data" */
        get: operations["getCandidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises that can see my real name and contact details, and since when */
        get: operations["listMyDisclosures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/disclosures/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop showing my name and contact details to an enterprise from now on */
        post: operations["revokeDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply for an open job with one of my resumes; discloses that resume, my name and number to the enterprise */
        post: operations["applyForJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications with their status history and interviews (optionally for one job) */
        get: operations["listMyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application: it leaves the pipeline and the enterprise no longer sees my contact details through it */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My interviews from today on, earliest first */
        get: operations["listMyInterviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/interviews/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline an interview invitation, or propose another time */
        post: operations["answerInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact requests enterprises sent me */
        get: operations["listMyContactRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contact-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (shows my name and number to that enterprise, recorded) or decline a contact request */
        post: operations["answerContactRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contact-requests/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take back an accepted contact request: from now on the enterprise sees my name and number masked */
        post: operations["revokeContactRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My enterprise's applications by job and status, newest first; each candidate shown is recorded in the audit log */
        get: operations["listPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open one application (a new one becomes viewed); recorded in the audit log */
        get: operations["openApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/applications/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move one or several applications to a status; all or none move */
        post: operations["moveApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/applications/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite the applicant to an interview (time, place or link, contact person, note) */
        post: operations["inviteToInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My enterprise's interviews from today on, earliest first */
        get: operations["listEnterpriseInterviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the time the seeker proposed, or cancel the interview */
        post: operations["changeInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/contact-requests/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether my enterprise may send a contact request for this resume now, and how many I may still send today */
        get: operations["getContactEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact requests my enterprise sent, with each candidate as we may see them now */
        get: operations["listSentContactRequests"];
        put?: never;
        /** Ask the seeker behind a resume for contact, about one of our open jobs (verified enterprises; daily limit) */
        post: operations["sendContactRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a job or an enterprise; the enterprise never learns who reported it */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My reports with their outcomes */
        get: operations["listMyReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my reports */
        get: operations["getMyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether an operator upheld a report against the enterprise (public) */
        get: operations["getEnterpriseStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports by status (operators); open ones oldest first */
        get: operations["listReportQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with the reporter's description (operators; recorded in the audit log) */
        get: operations["getReportForReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold or dismiss a report, with the outcome its reporters see (operators) */
        post: operations["decideReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/favourites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved jobs (with their current status) and enterprises */
        get: operations["listMyFavourites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/favourites/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I saved this job, enterprise or candidate */
        get: operations["getFavouriteState"];
        /** Save a job or enterprise (seekers) or a candidate your enterprise may see (recruiters) */
        put: operations["saveFavourite"];
        post?: never;
        /** Remove a saved item */
        delete: operations["removeFavourite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/saved-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates I saved that my enterprise may still see, masked until they disclosed */
        get: operations["listSavedCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search open jobs by keyword and filters (no sign-in) */
        get: operations["searchJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the resumes your verified enterprise may see; names and numbers stay masked until disclosure */
        get: operations["searchCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recommendations/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recommended jobs: personal for a seeker who turned personalisation on, otherwise the same for everyone */
        get: operations["recommendJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recommendations/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates for one of your jobs, within every rule of candidate search */
        get: operations["recommendCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/interest-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The interest tags behind my recommendations */
        get: operations["listMyInterestTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/interest-tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one interest tag; the next recommendations no longer use it */
        delete: operations["deleteMyInterestTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-views/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Note that I viewed a job (stored only while personalisation is on) */
        post: operations["recordJobView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who accessed my personal information: when, which fields, for what purpose */
        get: operations["myAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My consents, each with its current state, and whether the policy changed materially since I agreed */
        get: operations["myConsents"];
        put?: never;
        /** Grant or withdraw one consent (one step either way) */
        post: operations["decideConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/consents/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every consent decision I made, newest first, with the policy version shown */
        get: operations["myConsentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a copy of everything Renhe holds about me (recorded as a data request and in the audit log) */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a copy of everything Renhe holds about me: data.json and index.html in a ZIP */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether my account is being cancelled, and when it will be erased */
        get: operations["getCancellation"];
        put?: never;
        /** Cancel my account: erased after the cooling-off period, during which I can still sign in and undo it */
        post: operations["startCancellation"];
        /** Undo the cancellation of my account during the cooling-off period */
        delete: operations["undoCancellation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My data requests and complaints: status, deadline and any reason for a refusal */
        get: operations["listDataRequests"];
        put?: never;
        /** File a complaint, ask for named items to be deleted, or restrict processing of my data */
        post: operations["fileDataRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw one of my open requests (for a restriction: lift it) */
        post: operations["withdrawDataRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data requests, earliest deadline first */
        get: operations["adminListDataRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/data-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One data request with what the person wrote; the access is audited */
        get: operations["adminViewDataRequest"];
        put?: never;
        /** Move a data request on: in progress, completed, or refused with a reason the person sees */
        post: operations["adminUpdateDataRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current versions of the privacy policy and its two lists */
        get: operations["getPrivacyPolicyVersion"];
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMeta: {
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
                    "application/json": {
                        version: string;
                        devSmsOutbox: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    sendSmsCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mainland China mobile number */
                    phone: string;
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
                    "application/json": {
                        resendAfterSeconds: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    loginWithCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mainland China mobile number */
                    phone: string;
                    /** @description The 6-digit code from the text message */
                    code: string;
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
                    "application/json": {
                        status: "signed_in" | "registration_required";
                        /** Profile */
                        user?: {
                            id: string;
                            role: "seeker" | "recruiter" | "operator";
                            displayName: string;
                            /** @description e.g. 138****5678 */
                            phoneMasked: string;
                            birthDate: string | null;
                            gender: ("female" | "male" | "other") | null;
                            city: string | null;
                            hasPassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        csrfToken?: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    loginWithPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mainland China mobile number */
                    phone: string;
                    password: string;
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
                    "application/json": {
                        status: "signed_in" | "registration_required";
                        /** Profile */
                        user?: {
                            id: string;
                            role: "seeker" | "recruiter" | "operator";
                            displayName: string;
                            /** @description e.g. 138****5678 */
                            phoneMasked: string;
                            birthDate: string | null;
                            gender: ("female" | "male" | "other") | null;
                            city: string | null;
                            hasPassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        csrfToken?: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mainland China mobile number */
                    phone: string;
                    /** @description The 6-digit code from the text message */
                    code: string;
                    role: "seeker" | "recruiter";
                    displayName: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    birthDate?: string;
                    /** @description The user ticked "I have read and agree to the user agreement and privacy policy" */
                    acceptTerms: boolean;
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
                    "application/json": {
                        status: "signed_in" | "registration_required";
                        /** Profile */
                        user?: {
                            id: string;
                            role: "seeker" | "recruiter" | "operator";
                            displayName: string;
                            /** @description e.g. 138****5678 */
                            phoneMasked: string;
                            birthDate: string | null;
                            gender: ("female" | "male" | "other") | null;
                            city: string | null;
                            hasPassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        csrfToken?: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    logout: {
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getAccount: {
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
                    "application/json": {
                        /** Profile */
                        profile: {
                            id: string;
                            role: "seeker" | "recruiter" | "operator";
                            displayName: string;
                            /** @description e.g. 138****5678 */
                            phoneMasked: string;
                            birthDate: string | null;
                            gender: ("female" | "male" | "other") | null;
                            city: string | null;
                            hasPassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        /** @description Send back in the x-csrf-token header on every write */
                        csrfToken: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    birthDate?: string | null;
                    gender?: ("female" | "male" | "other") | null;
                    city?: string | null;
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
                    "application/json": {
                        id: string;
                        role: "seeker" | "recruiter" | "operator";
                        displayName: string;
                        /** @description e.g. 138****5678 */
                        phoneMasked: string;
                        birthDate: string | null;
                        gender: ("female" | "male" | "other") | null;
                        city: string | null;
                        hasPassword: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword?: string;
                    newPassword: string;
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listSessions: {
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
                    "application/json": {
                        sessions: {
                            id: string;
                            userAgent: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            current: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    revokeSession: {
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
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    adminViewAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the operator needs to see this account; kept in the audit log */
                    reason: string;
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
                    "application/json": {
                        id: string;
                        role: "seeker" | "recruiter" | "operator";
                        status: "active" | "disabled" | "cancelled";
                        displayName: string;
                        phone: string | null;
                        birthDate: string | null;
                        gender: ("female" | "male" | "other") | null;
                        city: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    readSmsOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mainland China mobile number */
                    phone: string;
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
                    "application/json": {
                        messages: {
                            id: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                city?: string;
                /** @description Only this enterprise's jobs */
                enterpriseId?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
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
                        items: {
                            id: number;
                            title: string;
                            /** @description Position category code (taxonomy) */
                            category: string;
                            /** @description Position code (taxonomy) */
                            position: string;
                            city: string;
                            district: string | null;
                            /** @description Thousands of yuan a month */
                            salaryMin: number;
                            /** @description Thousands of yuan a month */
                            salaryMax: number;
                            /** @description Months of salary a year, e.g. 13 */
                            salaryMonths: number;
                            /** @description Experience level code (taxonomy) */
                            experience: string;
                            /** @description Education level code (taxonomy) */
                            education: string;
                            jobType: "full_time" | "part_time" | "internship";
                            /** @description Welfare tag codes (taxonomy) */
                            tags: string[];
                            /** Format: date-time */
                            publishedAt: string;
                            /** Format: date-time */
                            refreshedAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** EnterpriseBrief */
                            enterprise: {
                                id: number;
                                name: string;
                                industry: string;
                                size: string;
                                verified: boolean;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getJob: {
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
                    "application/json": {
                        id: number;
                        title: string;
                        /** @description Position category code (taxonomy) */
                        category: string;
                        /** @description Position code (taxonomy) */
                        position: string;
                        city: string;
                        district: string | null;
                        /** @description Thousands of yuan a month */
                        salaryMin: number;
                        /** @description Thousands of yuan a month */
                        salaryMax: number;
                        /** @description Months of salary a year, e.g. 13 */
                        salaryMonths: number;
                        /** @description Experience level code (taxonomy) */
                        experience: string;
                        /** @description Education level code (taxonomy) */
                        education: string;
                        jobType: "full_time" | "part_time" | "internship";
                        /** @description Welfare tag codes (taxonomy) */
                        tags: string[];
                        /** Format: date-time */
                        publishedAt: string;
                        /** Format: date-time */
                        refreshedAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        enterprise: {
                            id: number;
                            name: string;
                            industry: string;
                            size: string;
                            verified: boolean;
                            city: string;
                            description: string;
                        };
                        address: string;
                        headcount: number;
                        description: string;
                        requirements: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getJobPosting: {
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
                    "application/json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        /** @enum {string} */
                        "@type": "JobPosting";
                        title: string;
                        description: string;
                        /** Format: date-time */
                        datePosted: string;
                        /** Format: date-time */
                        validThrough: string;
                        employmentType: string;
                        totalJobOpenings: number;
                        occupationalCategory: string;
                        hiringOrganization: {
                            /** @enum {string} */
                            "@type": "Organization";
                            name: string;
                        };
                        jobLocation: {
                            /** @enum {string} */
                            "@type": "Place";
                            address: {
                                /** @enum {string} */
                                "@type": "PostalAddress";
                                /** @enum {string} */
                                addressCountry: "CN";
                                addressLocality: string;
                                addressRegion?: string;
                                streetAddress?: string;
                            };
                        };
                        baseSalary: {
                            /** @enum {string} */
                            "@type": "MonetaryAmount";
                            /** @enum {string} */
                            currency: "CNY";
                            value: {
                                /** @enum {string} */
                                "@type": "QuantitativeValue";
                                minValue: number;
                                maxValue: number;
                                /** @enum {string} */
                                unitText: "MONTH";
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listCities: {
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
                    "application/json": {
                        cities: {
                            city: string;
                            jobs: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyJobs: {
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
                    "application/json": {
                        enterprise: {
                            id: number;
                            name: string;
                            verified: boolean;
                        } | null;
                        jobs: {
                            id: number;
                            enterpriseId: number;
                            title: string;
                            category: string;
                            position: string;
                            city: string;
                            district: string | null;
                            address: string;
                            /** @description Thousands of yuan a month */
                            salaryMin: number;
                            /** @description Thousands of yuan a month */
                            salaryMax: number;
                            /** @description Months of salary a year, e.g. 13 */
                            salaryMonths: number;
                            experience: string;
                            education: string;
                            jobType: "full_time" | "part_time" | "internship";
                            headcount: number;
                            tags: string[];
                            description: string;
                            requirements: string;
                            /** @description draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt) */
                            status: "draft" | "pending" | "open" | "rejected" | "closed" | "expired";
                            reviewNote: string | null;
                            /** @description Why the job waits for review: anti-fraud rule names or a reason given by the platform */
                            flags: string[];
                            publishedAt: string | null;
                            refreshedAt: string | null;
                            expiresAt: string | null;
                            canRefreshAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    createJob: {
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
                    /** @description Position code (taxonomy) */
                    position: string;
                    city: string;
                    district?: string | null;
                    address?: string;
                    /** @description Thousands of yuan a month */
                    salaryMin: number;
                    /** @description Thousands of yuan a month; not below salaryMin */
                    salaryMax: number;
                    salaryMonths: number;
                    experience: string;
                    education: string;
                    jobType: "full_time" | "part_time" | "internship";
                    headcount: number;
                    tags: string[];
                    /** @description Plain text; shown as text, never as HTML */
                    description: string;
                    requirements?: string;
                    /** @description Publish (or send to review) rather than keep a draft */
                    submit?: boolean;
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
                    "application/json": {
                        id: number;
                        enterpriseId: number;
                        title: string;
                        category: string;
                        position: string;
                        city: string;
                        district: string | null;
                        address: string;
                        /** @description Thousands of yuan a month */
                        salaryMin: number;
                        /** @description Thousands of yuan a month */
                        salaryMax: number;
                        /** @description Months of salary a year, e.g. 13 */
                        salaryMonths: number;
                        experience: string;
                        education: string;
                        jobType: "full_time" | "part_time" | "internship";
                        headcount: number;
                        tags: string[];
                        description: string;
                        requirements: string;
                        /** @description draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt) */
                        status: "draft" | "pending" | "open" | "rejected" | "closed" | "expired";
                        reviewNote: string | null;
                        /** @description Why the job waits for review: anti-fraud rule names or a reason given by the platform */
                        flags: string[];
                        publishedAt: string | null;
                        refreshedAt: string | null;
                        expiresAt: string | null;
                        canRefreshAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getMyJob: {
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
                    "application/json": {
                        id: number;
                        enterpriseId: number;
                        title: string;
                        category: string;
                        position: string;
                        city: string;
                        district: string | null;
                        address: string;
                        /** @description Thousands of yuan a month */
                        salaryMin: number;
                        /** @description Thousands of yuan a month */
                        salaryMax: number;
                        /** @description Months of salary a year, e.g. 13 */
                        salaryMonths: number;
                        experience: string;
                        education: string;
                        jobType: "full_time" | "part_time" | "internship";
                        headcount: number;
                        tags: string[];
                        description: string;
                        requirements: string;
                        /** @description draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt) */
                        status: "draft" | "pending" | "open" | "rejected" | "closed" | "expired";
                        reviewNote: string | null;
                        /** @description Why the job waits for review: anti-fraud rule names or a reason given by the platform */
                        flags: string[];
                        publishedAt: string | null;
                        refreshedAt: string | null;
                        expiresAt: string | null;
                        canRefreshAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    updateJob: {
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
                "application/json": {
                    title: string;
                    /** @description Position code (taxonomy) */
                    position: string;
                    city: string;
                    district?: string | null;
                    address?: string;
                    /** @description Thousands of yuan a month */
                    salaryMin: number;
                    /** @description Thousands of yuan a month; not below salaryMin */
                    salaryMax: number;
                    salaryMonths: number;
                    experience: string;
                    education: string;
                    jobType: "full_time" | "part_time" | "internship";
                    headcount: number;
                    tags: string[];
                    /** @description Plain text; shown as text, never as HTML */
                    description: string;
                    requirements?: string;
                    /** @description Publish (or send to review) rather than keep a draft */
                    submit?: boolean;
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
                    "application/json": {
                        id: number;
                        enterpriseId: number;
                        title: string;
                        category: string;
                        position: string;
                        city: string;
                        district: string | null;
                        address: string;
                        /** @description Thousands of yuan a month */
                        salaryMin: number;
                        /** @description Thousands of yuan a month */
                        salaryMax: number;
                        /** @description Months of salary a year, e.g. 13 */
                        salaryMonths: number;
                        experience: string;
                        education: string;
                        jobType: "full_time" | "part_time" | "internship";
                        headcount: number;
                        tags: string[];
                        description: string;
                        requirements: string;
                        /** @description draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt) */
                        status: "draft" | "pending" | "open" | "rejected" | "closed" | "expired";
                        reviewNote: string | null;
                        /** @description Why the job waits for review: anti-fraud rule names or a reason given by the platform */
                        flags: string[];
                        publishedAt: string | null;
                        refreshedAt: string | null;
                        expiresAt: string | null;
                        canRefreshAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    actOnJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                action: "submit" | "close" | "reopen" | "refresh";
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
                        id: number;
                        enterpriseId: number;
                        title: string;
                        category: string;
                        position: string;
                        city: string;
                        district: string | null;
                        address: string;
                        /** @description Thousands of yuan a month */
                        salaryMin: number;
                        /** @description Thousands of yuan a month */
                        salaryMax: number;
                        /** @description Months of salary a year, e.g. 13 */
                        salaryMonths: number;
                        experience: string;
                        education: string;
                        jobType: "full_time" | "part_time" | "internship";
                        headcount: number;
                        tags: string[];
                        description: string;
                        requirements: string;
                        /** @description draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt) */
                        status: "draft" | "pending" | "open" | "rejected" | "closed" | "expired";
                        reviewNote: string | null;
                        /** @description Why the job waits for review: anti-fraud rule names or a reason given by the platform */
                        flags: string[];
                        publishedAt: string | null;
                        refreshedAt: string | null;
                        expiresAt: string | null;
                        canRefreshAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listJobReviews: {
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
                    "application/json": {
                        reviews: {
                            /** ManagedJob */
                            job: {
                                id: number;
                                enterpriseId: number;
                                title: string;
                                category: string;
                                position: string;
                                city: string;
                                district: string | null;
                                address: string;
                                /** @description Thousands of yuan a month */
                                salaryMin: number;
                                /** @description Thousands of yuan a month */
                                salaryMax: number;
                                /** @description Months of salary a year, e.g. 13 */
                                salaryMonths: number;
                                experience: string;
                                education: string;
                                jobType: "full_time" | "part_time" | "internship";
                                headcount: number;
                                tags: string[];
                                description: string;
                                requirements: string;
                                /** @description draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt) */
                                status: "draft" | "pending" | "open" | "rejected" | "closed" | "expired";
                                reviewNote: string | null;
                                /** @description Why the job waits for review: anti-fraud rule names or a reason given by the platform */
                                flags: string[];
                                publishedAt: string | null;
                                refreshedAt: string | null;
                                expiresAt: string | null;
                                canRefreshAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            enterprise: {
                                id: number;
                                name: string;
                                verified: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    decideJobReview: {
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
                "application/json": {
                    decision: "approve" | "reject";
                    /** @description Required to reject; the recruiters see it */
                    reason?: string;
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
                    "application/json": {
                        id: number;
                        enterpriseId: number;
                        title: string;
                        category: string;
                        position: string;
                        city: string;
                        district: string | null;
                        address: string;
                        /** @description Thousands of yuan a month */
                        salaryMin: number;
                        /** @description Thousands of yuan a month */
                        salaryMax: number;
                        /** @description Months of salary a year, e.g. 13 */
                        salaryMonths: number;
                        experience: string;
                        education: string;
                        jobType: "full_time" | "part_time" | "internship";
                        headcount: number;
                        tags: string[];
                        description: string;
                        requirements: string;
                        /** @description draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt) */
                        status: "draft" | "pending" | "open" | "rejected" | "closed" | "expired";
                        reviewNote: string | null;
                        /** @description Why the job waits for review: anti-fraud rule names or a reason given by the platform */
                        flags: string[];
                        publishedAt: string | null;
                        refreshedAt: string | null;
                        expiresAt: string | null;
                        canRefreshAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getTaxonomy: {
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
                    "application/json": {
                        positionCategories: {
                            code: string;
                            zh: string;
                            en: string;
                            positions: {
                                code: string;
                                zh: string;
                                en: string;
                            }[];
                        }[];
                        experienceLevels: {
                            code: string;
                            zh: string;
                            en: string;
                        }[];
                        educationLevels: {
                            code: string;
                            zh: string;
                            en: string;
                        }[];
                        jobTypes: {
                            code: string;
                            zh: string;
                            en: string;
                        }[];
                        welfareTags: {
                            code: string;
                            zh: string;
                            en: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    searchEnterprises: {
        parameters: {
            query?: {
                /** @description Part of the enterprise name */
                q?: string;
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
                        items: {
                            id: number;
                            name: string;
                            city: string;
                            industry: string;
                            size: string;
                            verified: boolean;
                            logoFileId: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    createEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description 18 characters; the check character is verified (GB 32100-2015) */
                    creditCode: string;
                    industry: string;
                    /** @description e.g. 20-99人 */
                    size: string;
                    city: string;
                    address: string;
                    introduction: string;
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
                    "application/json": {
                        id: number;
                        name: string;
                        creditCode: string | null;
                        industry: string;
                        size: string;
                        city: string;
                        address: string;
                        introduction: string;
                        verified: boolean;
                        logoFileId: string | null;
                        photoFileIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getEnterprise: {
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
                    "application/json": {
                        id: number;
                        name: string;
                        creditCode: string | null;
                        industry: string;
                        size: string;
                        city: string;
                        address: string;
                        introduction: string;
                        verified: boolean;
                        logoFileId: string | null;
                        photoFileIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getEnterpriseMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the content type of the kind it was judged to be at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    setEnterpriseLogo: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The logo (jpeg, png, webp; at most 2 MB; judged by content)
                     */
                    file: string;
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
                    "application/json": {
                        id: number;
                        name: string;
                        creditCode: string | null;
                        industry: string;
                        size: string;
                        city: string;
                        address: string;
                        introduction: string;
                        verified: boolean;
                        logoFileId: string | null;
                        photoFileIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    addEnterprisePhoto: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A photo of the workplace or team (jpeg, png, webp; at most 5 MB; judged by content)
                     */
                    file: string;
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
                    "application/json": {
                        id: number;
                        name: string;
                        creditCode: string | null;
                        industry: string;
                        size: string;
                        city: string;
                        address: string;
                        introduction: string;
                        verified: boolean;
                        logoFileId: string | null;
                        photoFileIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    removeEnterprisePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                fileId: string;
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
                        id: number;
                        name: string;
                        creditCode: string | null;
                        industry: string;
                        size: string;
                        city: string;
                        address: string;
                        introduction: string;
                        verified: boolean;
                        logoFileId: string | null;
                        photoFileIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getMyEnterprise: {
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
                    "application/json": {
                        membership: {
                            enterprise: {
                                id: number;
                                name: string;
                                verified: boolean;
                            };
                            role: "admin" | "recruiter";
                            /** Format: date-time */
                            joinedAt: string;
                        } | null;
                        /** @description Invitations addressed to the number I signed in with */
                        invitations: {
                            id: string;
                            enterprise: {
                                id: number;
                                name: string;
                                verified: boolean;
                            };
                            role: "admin" | "recruiter";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                        }[];
                        joinRequests: {
                            id: string;
                            enterprise: {
                                id: number;
                                name: string;
                            };
                            status: "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                        }[];
                        claims: {
                            id: string;
                            enterprise: {
                                id: number;
                                name: string;
                            };
                            status: "pending" | "approved" | "rejected";
                            reason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listEnterpriseJoinRequests: {
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
                    "application/json": {
                        requests: {
                            id: string;
                            userId: string;
                            displayName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    requestToJoinEnterprise: {
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
                    "application/json": {
                        id: string;
                        enterpriseId: number;
                        /** @enum {string} */
                        status: "pending";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    decideEnterpriseJoinRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "approve" | "reject";
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listEnterpriseInvitations: {
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
                    "application/json": {
                        invitations: {
                            id: string;
                            /** @description e.g. 138****5678 */
                            phoneMasked: string;
                            role: "admin" | "recruiter";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    inviteRecruiter: {
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
                "application/json": {
                    /** @description Mainland China mobile number of the recruiter to invite */
                    phone: string;
                    role: "admin" | "recruiter";
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
                    "application/json": {
                        id: string;
                        /** @description e.g. 138****5678 */
                        phoneMasked: string;
                        role: "admin" | "recruiter";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    revokeEnterpriseInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                invitationId: string;
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
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    answerEnterpriseInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: "accept" | "decline";
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listEnterpriseMembers: {
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
                    "application/json": {
                        members: {
                            userId: string;
                            displayName: string | null;
                            role: "admin" | "recruiter";
                            /** Format: date-time */
                            joinedAt: string;
                            you: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    removeEnterpriseMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                userId: string;
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
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    setEnterpriseMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: "admin" | "recruiter";
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getEnterpriseCertification: {
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
                    "application/json": {
                        enterpriseId: number;
                        status: "none" | "pending" | "verified" | "rejected";
                        reason: string | null;
                        submittedAt: string | null;
                        decidedAt: string | null;
                        files: {
                            id: string;
                            document: "licence" | "authorisation";
                            /** @description pdf, jpeg, png or webp, as judged from the content */
                            kind: string;
                            sizeBytes: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    submitEnterpriseCertification: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Business licence (营业执照), a scan or photo (pdf, jpeg, png, webp; at most 10 MB; judged by content)
                     */
                    licence: string;
                    /**
                     * Format: binary
                     * @description Letter of authorisation (授权书), when the applicant is not the legal representative (pdf, jpeg, png, webp; at most 10 MB; judged by content)
                     */
                    authorisation?: string;
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
                    "application/json": {
                        enterpriseId: number;
                        status: "none" | "pending" | "verified" | "rejected";
                        reason: string | null;
                        submittedAt: string | null;
                        decidedAt: string | null;
                        files: {
                            id: string;
                            document: "licence" | "authorisation";
                            /** @description pdf, jpeg, png or webp, as judged from the content */
                            kind: string;
                            sizeBytes: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    downloadEnterpriseCertificationFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the content type of the kind it was judged to be at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    claimEnterprise: {
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
                "multipart/form-data": {
                    /** @description The credit code on the licence */
                    creditCode: string;
                    /**
                     * Format: binary
                     * @description Business licence (营业执照), a scan or photo (pdf, jpeg, png, webp; at most 10 MB; judged by content)
                     */
                    licence: string;
                    /**
                     * Format: binary
                     * @description Letter of authorisation (授权书), when the applicant is not the legal representative (pdf, jpeg, png, webp; at most 10 MB; judged by content)
                     */
                    authorisation?: string;
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
                    "application/json": {
                        id: string;
                        enterprise: {
                            id: number;
                            name: string;
                        };
                        status: "pending" | "approved" | "rejected";
                        reason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    adminListEnterpriseReviews: {
        parameters: {
            query?: {
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
                        reviews: {
                            id: string;
                            kind: "certification" | "claim";
                            enterprise: {
                                id: number;
                                name: string;
                                creditCode: string | null;
                            };
                            claimedCreditCode: string | null;
                            files: {
                                id: string;
                                document: "licence" | "authorisation";
                                /** @description pdf, jpeg, png or webp, as judged from the content */
                                kind: string;
                                sizeBytes: number;
                            }[];
                            /** Format: date-time */
                            submittedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    adminDownloadEnterpriseReviewFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the content type of the kind it was judged to be at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    adminDecideEnterpriseReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "approve" | "reject";
                    /** @description Required when rejecting; the applicant sees it */
                    reason?: string;
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
                    "application/json": {
                        id: string;
                        kind: "certification" | "claim";
                        enterpriseId: number;
                        status: "pending" | "approved" | "rejected";
                        reason: string | null;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyResumes: {
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
                    "application/json": {
                        items: {
                            id: number;
                            title: string;
                            /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                            visibility: "public" | "applied" | "private";
                            completeness: {
                                score: number;
                                /** @description Sections still to fill in, the most valuable first */
                                missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                            };
                            attachment: {
                                kind: string;
                                sizeBytes: number;
                                /** Format: date-time */
                                uploadedAt: string;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    createResume: {
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getMyResume: {
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    saveResume: {
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
                "application/json": {
                    /** @description For the seeker to tell resumes apart; recruiters do not see it */
                    title: string;
                    realName: string;
                    gender: ("female" | "male" | "other") | null;
                    birthDate: string | null;
                    city: string;
                    educationLevel: string | null;
                    yearsOfWork: number | null;
                    jobStatus: ("looking" | "open" | "not_looking") | null;
                    introduction: string;
                    intentions: {
                        /** @description Position codes from /api/taxonomy */
                        positions: string[];
                        cities: string[];
                        jobTypes: ("full_time" | "part_time" | "internship")[];
                        salaryMin: number | null;
                        salaryMax: number | null;
                    };
                    education: {
                        school: string;
                        major: string;
                        /** @description An education level code from /api/taxonomy */
                        degree: string;
                        /** @description A month, YYYY-MM */
                        start: string;
                        end: string | null;
                    }[];
                    experience: {
                        company: string;
                        title: string;
                        /** @description A month, YYYY-MM */
                        start: string;
                        end: string | null;
                        monthlySalary: number | null;
                        description: string;
                        internship: boolean;
                    }[];
                    projects: {
                        name: string;
                        role: string;
                        /** @description A month, YYYY-MM */
                        start: string;
                        end: string | null;
                        description: string;
                    }[];
                    skills: string[];
                    certificates: {
                        name: string;
                        issuedOn: string | null;
                    }[];
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deleteResume: {
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    setResumeVisibility: {
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
                "application/json": {
                    /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                    visibility: "public" | "applied" | "private";
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    previewResume: {
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
                    "application/json": {
                        resumeId: number;
                        /** @description The real name after disclosure, 张先生 / 李女士 before */
                        displayName: string;
                        /** @description The full number after disclosure, 138****5678 before */
                        phone: string;
                        disclosed: boolean;
                        gender: ("female" | "male" | "other") | null;
                        age: number | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        experienceLevel: string | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        /** @description Only after disclosure */
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    downloadMyResumeAttachment: {
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
            /** @description The file, with the content type of the kind it was judged to be at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    setResumeAttachment: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The resume as a document (pdf, doc, docx; at most 10 MB; judged by content)
                     */
                    file: string;
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deleteResumeAttachment: {
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    downloadCandidateAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resumeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the content type of the kind it was judged to be at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    downloadMyResumeAvatar: {
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
            /** @description The file, with the content type of the kind it was judged to be at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    setResumeAvatar: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A photo for the resume (jpeg, png, webp; at most 2 MB; judged by content)
                     */
                    file: string;
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deleteResumeAvatar: {
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
                    "application/json": {
                        /** @description For the seeker to tell resumes apart; recruiters do not see it */
                        title: string;
                        realName: string;
                        gender: ("female" | "male" | "other") | null;
                        birthDate: string | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        id: number;
                        /** @description public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody */
                        visibility: "public" | "applied" | "private";
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        completeness: {
                            score: number;
                            /** @description Sections still to fill in, the most valuable first */
                            missing: ("basics" | "avatar" | "introduction" | "intentions" | "education" | "experience" | "projects" | "skills" | "certificates")[];
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    downloadCandidateAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resumeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the content type of the kind it was judged to be at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listBlockedEnterprises: {
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
                    "application/json": {
                        items: {
                            enterpriseId: number;
                            name: string;
                            city: string;
                            /** Format: date-time */
                            blockedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    blockEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enterpriseId: number;
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
                    "application/json": {
                        items: {
                            enterpriseId: number;
                            name: string;
                            city: string;
                            /** Format: date-time */
                            blockedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    unblockEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterpriseId: number;
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
                        items: {
                            enterpriseId: number;
                            name: string;
                            city: string;
                            /** Format: date-time */
                            blockedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listCandidates: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
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
                            resumeId: number;
                            displayName: string;
                            phone: string;
                            disclosed: boolean;
                            city: string;
                            educationLevel: string | null;
                            experience: string | null;
                            /** @description Position codes */
                            intentions: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resumeId: number;
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
                        resumeId: number;
                        /** @description The real name after disclosure, 张先生 / 李女士 before */
                        displayName: string;
                        /** @description The full number after disclosure, 138****5678 before */
                        phone: string;
                        disclosed: boolean;
                        gender: ("female" | "male" | "other") | null;
                        age: number | null;
                        city: string;
                        educationLevel: string | null;
                        yearsOfWork: number | null;
                        experienceLevel: string | null;
                        jobStatus: ("looking" | "open" | "not_looking") | null;
                        introduction: string;
                        intentions: {
                            /** @description Position codes from /api/taxonomy */
                            positions: string[];
                            cities: string[];
                            jobTypes: ("full_time" | "part_time" | "internship")[];
                            salaryMin: number | null;
                            salaryMax: number | null;
                        };
                        education: {
                            school: string;
                            major: string;
                            /** @description An education level code from /api/taxonomy */
                            degree: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                        }[];
                        experience: {
                            company: string;
                            title: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            monthlySalary: number | null;
                            description: string;
                            internship: boolean;
                        }[];
                        projects: {
                            name: string;
                            role: string;
                            /** @description A month, YYYY-MM */
                            start: string;
                            end: string | null;
                            description: string;
                        }[];
                        skills: string[];
                        certificates: {
                            name: string;
                            issuedOn: string | null;
                        }[];
                        /** @description Only after disclosure */
                        hasAvatar: boolean;
                        attachment: {
                            kind: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyDisclosures: {
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
                    "application/json": {
                        items: {
                            id: number;
                            enterprise: {
                                id: number;
                                name: string;
                            };
                            via: "application" | "contact_request";
                            resumeId: number | null;
                            /** Format: date-time */
                            disclosedAt: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    revokeDisclosure: {
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    applyForJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jobId: number;
                    resumeId: number;
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
                    "application/json": {
                        id: number;
                        /** ApplicationJobRef */
                        job: {
                            id: number;
                            title: string;
                            city: string;
                            /** @description Whether the job is still open */
                            open: boolean;
                        };
                        enterprise: {
                            id: number;
                            name: string;
                        };
                        resumeId: number;
                        status: "new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn";
                        /** Format: date-time */
                        appliedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        events: {
                            status: "new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn";
                            from: ("new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn") | null;
                            by: "seeker" | "recruiter";
                            /** Format: date-time */
                            at: string;
                        }[];
                        interviews: {
                            id: number;
                            applicationId: number;
                            /** Format: date-time */
                            scheduledAt: string;
                            /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                            day: string;
                            mode: "onsite" | "online";
                            /** @description Address, or the meeting link of an online interview */
                            location: string;
                            contactPerson: string;
                            note: string;
                            status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                            proposedAt: string | null;
                            responseNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyApplications: {
        parameters: {
            query?: {
                jobId?: number;
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
                            id: number;
                            /** ApplicationJobRef */
                            job: {
                                id: number;
                                title: string;
                                city: string;
                                /** @description Whether the job is still open */
                                open: boolean;
                            };
                            enterprise: {
                                id: number;
                                name: string;
                            };
                            resumeId: number;
                            status: "new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn";
                            /** Format: date-time */
                            appliedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            events: {
                                status: "new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn";
                                from: ("new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn") | null;
                                by: "seeker" | "recruiter";
                                /** Format: date-time */
                                at: string;
                            }[];
                            interviews: {
                                id: number;
                                applicationId: number;
                                /** Format: date-time */
                                scheduledAt: string;
                                /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                                day: string;
                                mode: "onsite" | "online";
                                /** @description Address, or the meeting link of an online interview */
                                location: string;
                                contactPerson: string;
                                note: string;
                                status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                                proposedAt: string | null;
                                responseNote: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    withdrawApplication: {
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
                    "application/json": {
                        id: number;
                        /** ApplicationJobRef */
                        job: {
                            id: number;
                            title: string;
                            city: string;
                            /** @description Whether the job is still open */
                            open: boolean;
                        };
                        enterprise: {
                            id: number;
                            name: string;
                        };
                        resumeId: number;
                        status: "new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn";
                        /** Format: date-time */
                        appliedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        events: {
                            status: "new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn";
                            from: ("new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn") | null;
                            by: "seeker" | "recruiter";
                            /** Format: date-time */
                            at: string;
                        }[];
                        interviews: {
                            id: number;
                            applicationId: number;
                            /** Format: date-time */
                            scheduledAt: string;
                            /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                            day: string;
                            mode: "onsite" | "online";
                            /** @description Address, or the meeting link of an online interview */
                            location: string;
                            contactPerson: string;
                            note: string;
                            status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                            proposedAt: string | null;
                            responseNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyInterviews: {
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
                    "application/json": {
                        items: {
                            id: number;
                            applicationId: number;
                            /** Format: date-time */
                            scheduledAt: string;
                            /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                            day: string;
                            mode: "onsite" | "online";
                            /** @description Address, or the meeting link of an online interview */
                            location: string;
                            contactPerson: string;
                            note: string;
                            status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                            proposedAt: string | null;
                            responseNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** ApplicationJobRef */
                            job: {
                                id: number;
                                title: string;
                                city: string;
                                /** @description Whether the job is still open */
                                open: boolean;
                            };
                            enterprise: {
                                id: number;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    answerInterview: {
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
                "application/json": {
                    answer: "accept" | "decline" | "propose";
                    /**
                     * Format: date-time
                     * @description Required when proposing another time
                     */
                    proposedAt?: string;
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
                    "application/json": {
                        id: number;
                        applicationId: number;
                        /** Format: date-time */
                        scheduledAt: string;
                        /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                        day: string;
                        mode: "onsite" | "online";
                        /** @description Address, or the meeting link of an online interview */
                        location: string;
                        contactPerson: string;
                        note: string;
                        status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                        proposedAt: string | null;
                        responseNote: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyContactRequests: {
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
                    "application/json": {
                        items: {
                            id: number;
                            enterprise: {
                                id: number;
                                name: string;
                                verified: boolean;
                            };
                            /** ApplicationJobRef */
                            job: {
                                id: number;
                                title: string;
                                city: string;
                                /** @description Whether the job is still open */
                                open: boolean;
                            };
                            resumeId: number;
                            message: string;
                            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
                            /** Format: date-time */
                            sentAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            answeredAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    answerContactRequest: {
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
                "application/json": {
                    answer: "accept" | "decline";
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    revokeContactRequest: {
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listPipeline: {
        parameters: {
            query?: {
                jobId?: number;
                status?: "new" | "viewed" | "interview" | "offer" | "not_suitable";
                /** @description Keyset cursor: nextBefore of the previous page */
                before?: number;
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
                        items: {
                            id: number;
                            /** ApplicationJobRef */
                            job: {
                                id: number;
                                title: string;
                                city: string;
                                /** @description Whether the job is still open */
                                open: boolean;
                            };
                            status: "new" | "viewed" | "interview" | "offer" | "not_suitable";
                            /** Format: date-time */
                            appliedAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Candidate */
                            candidate: {
                                resumeId: number;
                                /** @description False when the enterprise may no longer see the resume; then the other fields are empty */
                                visible: boolean;
                                /** @description The real name once the seeker disclosed to this enterprise, else 张先生 / 李女士 */
                                name: string;
                                phone: string | null;
                                disclosed: boolean;
                                city: string | null;
                                educationLevel: string | null;
                                experience: string | null;
                                /** @description Position codes the seeker is looking for */
                                intentions: string[];
                            };
                        }[];
                        counts: {
                            new: number;
                            viewed: number;
                            interview: number;
                            offer: number;
                            not_suitable: number;
                        };
                        jobs: {
                            id: number;
                            title: string;
                            city: string;
                            open: boolean;
                            applications: number;
                        }[];
                        nextBefore: number | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    openApplication: {
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
                    "application/json": {
                        id: number;
                        /** ApplicationJobRef */
                        job: {
                            id: number;
                            title: string;
                            city: string;
                            /** @description Whether the job is still open */
                            open: boolean;
                        };
                        status: "new" | "viewed" | "interview" | "offer" | "not_suitable";
                        /** Format: date-time */
                        appliedAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Candidate */
                        candidate: {
                            resumeId: number;
                            /** @description False when the enterprise may no longer see the resume; then the other fields are empty */
                            visible: boolean;
                            /** @description The real name once the seeker disclosed to this enterprise, else 张先生 / 李女士 */
                            name: string;
                            phone: string | null;
                            disclosed: boolean;
                            city: string | null;
                            educationLevel: string | null;
                            experience: string | null;
                            /** @description Position codes the seeker is looking for */
                            intentions: string[];
                        };
                        events: {
                            status: "new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn";
                            from: ("new" | "viewed" | "interview" | "offer" | "not_suitable" | "withdrawn") | null;
                            by: "seeker" | "recruiter";
                            /** Format: date-time */
                            at: string;
                        }[];
                        interviews: {
                            id: number;
                            applicationId: number;
                            /** Format: date-time */
                            scheduledAt: string;
                            /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                            day: string;
                            mode: "onsite" | "online";
                            /** @description Address, or the meeting link of an online interview */
                            location: string;
                            contactPerson: string;
                            note: string;
                            status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                            proposedAt: string | null;
                            responseNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    moveApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                    status: "viewed" | "interview" | "offer" | "not_suitable";
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        moved: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    inviteToInterview: {
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
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When the interview starts; must be in the future
                     */
                    scheduledAt: string;
                    mode: "onsite" | "online";
                    location: string;
                    contactPerson: string;
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
                    "application/json": {
                        id: number;
                        applicationId: number;
                        /** Format: date-time */
                        scheduledAt: string;
                        /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                        day: string;
                        mode: "onsite" | "online";
                        /** @description Address, or the meeting link of an online interview */
                        location: string;
                        contactPerson: string;
                        note: string;
                        status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                        proposedAt: string | null;
                        responseNote: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listEnterpriseInterviews: {
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
                    "application/json": {
                        items: {
                            id: number;
                            applicationId: number;
                            /** Format: date-time */
                            scheduledAt: string;
                            /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                            day: string;
                            mode: "onsite" | "online";
                            /** @description Address, or the meeting link of an online interview */
                            location: string;
                            contactPerson: string;
                            note: string;
                            status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                            proposedAt: string | null;
                            responseNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** ApplicationJobRef */
                            job: {
                                id: number;
                                title: string;
                                city: string;
                                /** @description Whether the job is still open */
                                open: boolean;
                            };
                            /** Candidate */
                            candidate: {
                                resumeId: number;
                                /** @description False when the enterprise may no longer see the resume; then the other fields are empty */
                                visible: boolean;
                                /** @description The real name once the seeker disclosed to this enterprise, else 张先生 / 李女士 */
                                name: string;
                                phone: string | null;
                                disclosed: boolean;
                                city: string | null;
                                educationLevel: string | null;
                                experience: string | null;
                                /** @description Position codes the seeker is looking for */
                                intentions: string[];
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    changeInterview: {
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
                "application/json": {
                    action: "accept_proposal" | "cancel";
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
                    "application/json": {
                        id: number;
                        applicationId: number;
                        /** Format: date-time */
                        scheduledAt: string;
                        /** @description Calendar day of the interview in China time (YYYY-MM-DD) */
                        day: string;
                        mode: "onsite" | "online";
                        /** @description Address, or the meeting link of an online interview */
                        location: string;
                        contactPerson: string;
                        note: string;
                        status: "invited" | "accepted" | "declined" | "proposed" | "cancelled";
                        proposedAt: string | null;
                        responseNote: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getContactEligibility: {
        parameters: {
            query: {
                resumeId: number;
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
                        status: "ok" | "unverified" | "not_found" | "not_accepted" | "shared" | "pending";
                        remainingToday: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listSentContactRequests: {
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
                    "application/json": {
                        items: {
                            id: number;
                            /** ApplicationJobRef */
                            job: {
                                id: number;
                                title: string;
                                city: string;
                                /** @description Whether the job is still open */
                                open: boolean;
                            };
                            /** Candidate */
                            candidate: {
                                resumeId: number;
                                /** @description False when the enterprise may no longer see the resume; then the other fields are empty */
                                visible: boolean;
                                /** @description The real name once the seeker disclosed to this enterprise, else 张先生 / 李女士 */
                                name: string;
                                phone: string | null;
                                disclosed: boolean;
                                city: string | null;
                                educationLevel: string | null;
                                experience: string | null;
                                /** @description Position codes the seeker is looking for */
                                intentions: string[];
                            };
                            message: string;
                            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
                            /** Format: date-time */
                            sentAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            answeredAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    sendContactRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resumeId: number;
                    jobId: number;
                    message: string;
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
                    "application/json": {
                        id: number;
                        /** ApplicationJobRef */
                        job: {
                            id: number;
                            title: string;
                            city: string;
                            /** @description Whether the job is still open */
                            open: boolean;
                        };
                        /** Candidate */
                        candidate: {
                            resumeId: number;
                            /** @description False when the enterprise may no longer see the resume; then the other fields are empty */
                            visible: boolean;
                            /** @description The real name once the seeker disclosed to this enterprise, else 张先生 / 李女士 */
                            name: string;
                            phone: string | null;
                            disclosed: boolean;
                            city: string | null;
                            educationLevel: string | null;
                            experience: string | null;
                            /** @description Position codes the seeker is looking for */
                            intentions: string[];
                        };
                        message: string;
                        status: "pending" | "accepted" | "declined" | "revoked" | "expired";
                        /** Format: date-time */
                        sentAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        answeredAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    target: "job" | "enterprise";
                    targetId: number;
                    /** @description fraud (收费、押金、培训贷…), discrimination, false_information, harassment, other */
                    reason: "fraud" | "discrimination" | "false_information" | "harassment" | "other";
                    /** @description What happened; stored and shown as plain text */
                    description: string;
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
                    "application/json": {
                        id: string;
                        target: {
                            kind: "job" | "enterprise";
                            id: number | null;
                            name: string | null;
                            jobStatus: string | null;
                            enterprise: {
                                id: number;
                                name: string;
                            } | null;
                        };
                        reason: ("fraud" | "discrimination" | "false_information" | "harassment" | "other") | null;
                        description: string | null;
                        status: "open" | "upheld" | "dismissed";
                        outcome: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyReports: {
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
                    "application/json": {
                        items: {
                            id: string;
                            target: {
                                kind: "job" | "enterprise";
                                id: number | null;
                                name: string | null;
                                jobStatus: string | null;
                                enterprise: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            reason: ("fraud" | "discrimination" | "false_information" | "harassment" | "other") | null;
                            description: string | null;
                            status: "open" | "upheld" | "dismissed";
                            outcome: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getMyReport: {
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
                        id: string;
                        target: {
                            kind: "job" | "enterprise";
                            id: number | null;
                            name: string | null;
                            jobStatus: string | null;
                            enterprise: {
                                id: number;
                                name: string;
                            } | null;
                        };
                        reason: ("fraud" | "discrimination" | "false_information" | "harassment" | "other") | null;
                        description: string | null;
                        status: "open" | "upheld" | "dismissed";
                        outcome: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getEnterpriseStanding: {
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
                    "application/json": {
                        enterpriseId: number;
                        /** @description An operator upheld a report against this enterprise */
                        flagged: boolean;
                        reason: ("fraud" | "discrimination" | "false_information" | "harassment" | "other") | null;
                        flaggedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listReportQueue: {
        parameters: {
            query?: {
                status?: "open" | "upheld" | "dismissed";
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
                        counts: {
                            open: number;
                            upheld: number;
                            dismissed: number;
                        };
                        items: {
                            id: string;
                            target: {
                                kind: "job" | "enterprise";
                                id: number | null;
                                name: string | null;
                                jobStatus: string | null;
                                enterprise: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            reason: ("fraud" | "discrimination" | "false_information" | "harassment" | "other") | null;
                            status: "open" | "upheld" | "dismissed";
                            /** @description Open reports on the same job or enterprise */
                            openReportsOnTarget: number;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getReportForReview: {
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
                        id: string;
                        target: {
                            kind: "job" | "enterprise";
                            id: number | null;
                            name: string | null;
                            jobStatus: string | null;
                            enterprise: {
                                id: number;
                                name: string;
                            } | null;
                        };
                        reason: ("fraud" | "discrimination" | "false_information" | "harassment" | "other") | null;
                        description: string | null;
                        status: "open" | "upheld" | "dismissed";
                        outcome: string | null;
                        openReportsOnTarget: number;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    decideReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description uphold: the job is taken down or the enterprise flagged; dismiss: nothing changes */
                    decision: "uphold" | "dismiss";
                    /** @description The answer every reporter of this job or enterprise sees */
                    outcome: string;
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
                    "application/json": {
                        id: string;
                        target: {
                            kind: "job" | "enterprise";
                            id: number | null;
                            name: string | null;
                            jobStatus: string | null;
                            enterprise: {
                                id: number;
                                name: string;
                            } | null;
                        };
                        reason: ("fraud" | "discrimination" | "false_information" | "harassment" | "other") | null;
                        description: string | null;
                        status: "open" | "upheld" | "dismissed";
                        outcome: string | null;
                        openReportsOnTarget: number;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        /** @description Open reports on the same target decided with this one */
                        decidedReports: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyFavourites: {
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
                    "application/json": {
                        jobs: {
                            id: number;
                            title: string;
                            city: string;
                            /** @description open, or closed / expired / pending when it can no longer be applied to */
                            status: string;
                            enterprise: {
                                id: number;
                                name: string;
                                verified: boolean;
                            };
                            /** Format: date-time */
                            savedAt: string;
                        }[];
                        enterprises: {
                            id: number;
                            name: string;
                            city: string;
                            industry: string;
                            size: string;
                            verified: boolean;
                            /** Format: date-time */
                            savedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getFavouriteState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description job and enterprise: seekers; candidate (a resume id): recruiters */
                kind: "job" | "enterprise" | "candidate";
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
                    "application/json": {
                        /** @description job and enterprise: seekers; candidate (a resume id): recruiters */
                        kind: "job" | "enterprise" | "candidate";
                        id: number;
                        saved: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    saveFavourite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description job and enterprise: seekers; candidate (a resume id): recruiters */
                kind: "job" | "enterprise" | "candidate";
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
                    "application/json": {
                        /** @description job and enterprise: seekers; candidate (a resume id): recruiters */
                        kind: "job" | "enterprise" | "candidate";
                        id: number;
                        saved: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    removeFavourite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description job and enterprise: seekers; candidate (a resume id): recruiters */
                kind: "job" | "enterprise" | "candidate";
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
                    "application/json": {
                        /** @description job and enterprise: seekers; candidate (a resume id): recruiters */
                        kind: "job" | "enterprise" | "candidate";
                        id: number;
                        saved: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listSavedCandidates: {
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
                    "application/json": {
                        items: {
                            resumeId: number;
                            /** @description Masked (张先生) until the seeker disclosed to the enterprise */
                            displayName: string;
                            /** @description Masked (138****5678) until disclosure */
                            phone: string;
                            disclosed: boolean;
                            city: string;
                            educationLevel: string | null;
                            experience: string | null;
                            /** @description Position codes */
                            intentions: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            savedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    searchJobs: {
        parameters: {
            query?: {
                /** @description Keywords (Chinese or Latin); every word must match */
                q?: string;
                city?: string;
                district?: string;
                /** @description Position category code */
                category?: string;
                /** @description Position code */
                position?: string;
                /** @description Thousands of yuan a month: the job pays at least this */
                salaryMin?: number;
                /** @description Thousands of yuan a month: the job starts at most at this */
                salaryMax?: number;
                /** @description Experience level codes, comma-separated (any of them) */
                experience?: string;
                /** @description Education level codes, comma-separated (any of them) */
                education?: string;
                jobType?: "full_time" | "part_time" | "internship";
                /** @description Welfare tag codes, comma-separated (all of them) */
                tags?: string;
                /** @description Only verified enterprises */
                verified?: boolean;
                /** @description Posted or refreshed within this many days */
                days?: number;
                sort?: "relevance" | "newest" | "salary";
                cursor?: string;
                limit?: number;
                /** @description Also count the matches (exactly up to 1000; above that, capped) */
                total?: boolean;
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
                            id: number;
                            title: string;
                            enterprise: {
                                id: number;
                                name: string;
                                verified: boolean;
                            };
                            category: string;
                            position: string;
                            city: string;
                            district: string | null;
                            salaryMin: number;
                            salaryMax: number;
                            salaryMonths: number;
                            experience: string;
                            education: string;
                            jobType: "full_time" | "part_time" | "internship";
                            tags: string[];
                            /** Format: date-time */
                            refreshedAt: string;
                            snippet: string | null;
                        }[];
                        nextCursor: string | null;
                        total: {
                            count: number;
                            /** @description More than `count` match */
                            capped: boolean;
                        } | null;
                        /** @description The keywords as understood, for highlighting */
                        words: string[];
                        /** @description Other searches to try when nothing matched */
                        suggestions: {
                            kind: "without_filters" | "word" | "popular";
                            q: string | null;
                            label: string;
                            count: number | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    searchCandidates: {
        parameters: {
            query?: {
                /** @description Keywords over resume content (not names or numbers) */
                q?: string;
                /** @description Lives in or wants to work in this city */
                city?: string;
                /** @description Intended position code */
                position?: string;
                yearsMin?: number;
                yearsMax?: number;
                /** @description At least this education level */
                education?: string;
                /** @description Expects at most this (yuan a month) */
                salaryMax?: number;
                /** @description Resume updated within this many days */
                activeDays?: number;
                cursor?: string;
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
                        items: {
                            resumeId: number;
                            displayName: string;
                            phone: string;
                            disclosed: boolean;
                            city: string;
                            educationLevel: string | null;
                            experience: string | null;
                            /** @description Position codes */
                            intentions: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        next: string | null;
                        words: string[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    recommendJobs: {
        parameters: {
            query?: {
                /** @description The city to recommend for */
                city?: string;
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
                        /** @description False: the same list everyone sees (personalisation off, or signed out) */
                        personalised: boolean;
                        items: {
                            id: number;
                            title: string;
                            enterprise: {
                                id: number;
                                name: string;
                                verified: boolean;
                            };
                            category: string;
                            position: string;
                            city: string;
                            district: string | null;
                            salaryMin: number;
                            salaryMax: number;
                            salaryMonths: number;
                            experience: string;
                            education: string;
                            jobType: "full_time" | "part_time" | "internship";
                            tags: string[];
                            /** Format: date-time */
                            refreshedAt: string;
                            snippet: string | null;
                            /** @description Why this job is recommended */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    recommendCandidates: {
        parameters: {
            query: {
                jobId: number;
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
                            resumeId: number;
                            displayName: string;
                            phone: string;
                            disclosed: boolean;
                            city: string;
                            educationLevel: string | null;
                            experience: string | null;
                            /** @description Position codes */
                            intentions: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listMyInterestTags: {
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
                    "application/json": {
                        personalised: boolean;
                        tags: {
                            id: number;
                            kind: "position" | "city";
                            value: string;
                            label: string;
                            weight: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    deleteMyInterestTag: {
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
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    recordJobView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: number;
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
                        /** @description False when personalisation is off: nothing was stored */
                        recorded: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    myAccessLog: {
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
                    "application/json": {
                        entries: {
                            /** Format: date-time */
                            occurredAt: string;
                            /** @description operator, recruiter, system… */
                            actorRole: string;
                            enterpriseId: number | null;
                            action: string;
                            purpose: string;
                            /** @description The purpose in the request language */
                            purposeLabel: string;
                            fields: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    myConsents: {
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
                    "application/json": {
                        policy: {
                            hash: string;
                            materialHash: string;
                        };
                        /** @description The purposes or categories of processing changed since the person agreed */
                        needsReconsent: boolean;
                        purposes: {
                            purpose: string;
                            label: string;
                            description: string;
                            required: boolean;
                            sensitive: boolean;
                            ifRefused: string | null;
                            granted: boolean;
                            since: string | null;
                            policyHash: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    decideConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    purpose: string;
                    decision: "granted" | "withdrawn";
                    /** @description Where the person made the choice; kept in the ledger */
                    screen: "privacy_centre" | "policy_update" | "feature_prompt";
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
                    "application/json": {
                        policy: {
                            hash: string;
                            materialHash: string;
                        };
                        /** @description The purposes or categories of processing changed since the person agreed */
                        needsReconsent: boolean;
                        purposes: {
                            purpose: string;
                            label: string;
                            description: string;
                            required: boolean;
                            sensitive: boolean;
                            ifRefused: string | null;
                            granted: boolean;
                            since: string | null;
                            policyHash: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    myConsentHistory: {
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
                    "application/json": {
                        entries: {
                            purpose: string;
                            decision: "granted" | "withdrawn";
                            /** Format: date-time */
                            occurredAt: string;
                            policyHash: string;
                            screen: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    createExport: {
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
                    "application/json": {
                        /** DataRequest */
                        request: {
                            id: string;
                            kind: "export" | "cancellation" | "correction" | "deletion" | "restriction" | "complaint";
                            status: "received" | "in_progress" | "completed" | "refused" | "withdrawn";
                            details: string | null;
                            /** @description Deletion requests: the `table.column` items to delete */
                            items: string[];
                            refusalReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date
                             * @description Deadline: 15 working days after the request (mainland China calendar)
                             */
                            dueOn: string;
                            effectiveAt: string | null;
                            completedAt: string | null;
                        };
                        /** PersonalDataExport */
                        export: {
                            /** @enum {string} */
                            format: "renhe-export/1";
                            /** Format: date-time */
                            generatedAt: string;
                            subjectId: string;
                            /** @description module → table → your rows and what each column is */
                            modules: {
                                [key: string]: {
                                    [key: string]: {
                                        module: string;
                                        table: string;
                                        subjectColumn: string;
                                        columns: {
                                            [key: string]: {
                                                /** @enum {boolean} */
                                                pi: true;
                                                exported: "value" | "decrypted" | "withheld";
                                                category: string;
                                                categoryLabel: {
                                                    zh: string;
                                                    en: string;
                                                };
                                                sensitive: boolean;
                                                purposes: {
                                                    zh: string;
                                                    en: string;
                                                }[];
                                                legalBasis: string;
                                                feature: {
                                                    zh: string;
                                                    en: string;
                                                };
                                                necessary: boolean;
                                                retention: {
                                                    duration: string;
                                                    trigger: string;
                                                    action: string;
                                                };
                                                visibleTo: string[];
                                                encrypted: boolean;
                                                thirdParties: string[];
                                            } | {
                                                /** @enum {boolean} */
                                                pi: false;
                                                /** @enum {string} */
                                                exported: "value";
                                                role: "id" | "subject" | "time";
                                            };
                                        };
                                        rows: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                };
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ZIP archive with data.json (machine-readable) and index.html (readable, in Chinese and English) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getCancellation: {
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
                    "application/json": {
                        /** @description pending: in the cooling-off period; the account still works */
                        status: "none" | "pending";
                        coolingOffDays: number;
                        requestId?: string;
                        /** Format: date-time */
                        requestedAt?: string;
                        /**
                         * Format: date-time
                         * @description When the account and its data are erased
                         */
                        erasesAt?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        erasesOn?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        dueOn?: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    startCancellation: {
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
                    "application/json": {
                        /** @description pending: in the cooling-off period; the account still works */
                        status: "none" | "pending";
                        coolingOffDays: number;
                        requestId?: string;
                        /** Format: date-time */
                        requestedAt?: string;
                        /**
                         * Format: date-time
                         * @description When the account and its data are erased
                         */
                        erasesAt?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        erasesOn?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        dueOn?: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    undoCancellation: {
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
                    "application/json": {
                        /** @description pending: in the cooling-off period; the account still works */
                        status: "none" | "pending";
                        coolingOffDays: number;
                        requestId?: string;
                        /** Format: date-time */
                        requestedAt?: string;
                        /**
                         * Format: date-time
                         * @description When the account and its data are erased
                         */
                        erasesAt?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        erasesOn?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        dueOn?: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listDataRequests: {
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
                    "application/json": {
                        requests: {
                            id: string;
                            kind: "export" | "cancellation" | "correction" | "deletion" | "restriction" | "complaint";
                            status: "received" | "in_progress" | "completed" | "refused" | "withdrawn";
                            details: string | null;
                            /** @description Deletion requests: the `table.column` items to delete */
                            items: string[];
                            refusalReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date
                             * @description Deadline: 15 working days after the request (mainland China calendar)
                             */
                            dueOn: string;
                            effectiveAt: string | null;
                            completedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    fileDataRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: "complaint" | "deletion" | "restriction";
                    /** @description Required for a complaint; phone numbers and e-mail addresses are masked before storing */
                    details?: string;
                    /** @description Deletion only: inventory items as `table.column` (see the collected-information list) */
                    items?: string[];
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
                    "application/json": {
                        id: string;
                        kind: "export" | "cancellation" | "correction" | "deletion" | "restriction" | "complaint";
                        status: "received" | "in_progress" | "completed" | "refused" | "withdrawn";
                        details: string | null;
                        /** @description Deletion requests: the `table.column` items to delete */
                        items: string[];
                        refusalReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: date
                         * @description Deadline: 15 working days after the request (mainland China calendar)
                         */
                        dueOn: string;
                        effectiveAt: string | null;
                        completedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    withdrawDataRequest: {
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
                        id: string;
                        kind: "export" | "cancellation" | "correction" | "deletion" | "restriction" | "complaint";
                        status: "received" | "in_progress" | "completed" | "refused" | "withdrawn";
                        details: string | null;
                        /** @description Deletion requests: the `table.column` items to delete */
                        items: string[];
                        refusalReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: date
                         * @description Deadline: 15 working days after the request (mainland China calendar)
                         */
                        dueOn: string;
                        effectiveAt: string | null;
                        completedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    adminListDataRequests: {
        parameters: {
            query?: {
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
                        requests: {
                            id: string;
                            subjectId: string;
                            kind: "export" | "cancellation" | "correction" | "deletion" | "restriction" | "complaint";
                            status: "received" | "in_progress" | "completed" | "refused" | "withdrawn";
                            items: string[];
                            /** @description The person wrote something; open the request to read it (audited) */
                            hasDetails: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD (mainland China calendar)
                             */
                            dueOn: string;
                            /** @description Negative when overdue */
                            workingDaysLeft: number;
                            effectiveAt: string | null;
                            /** @description Exports and cancellations are carried out by the system */
                            automatic: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    adminViewDataRequest: {
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
                        id: string;
                        subjectId: string;
                        kind: "export" | "cancellation" | "correction" | "deletion" | "restriction" | "complaint";
                        status: "received" | "in_progress" | "completed" | "refused" | "withdrawn";
                        details: string | null;
                        items: string[];
                        refusalReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        dueOn: string;
                        effectiveAt: string | null;
                        completedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    adminUpdateDataRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "in_progress" | "completed" | "refused";
                    /** @description Required when refusing; the person sees it */
                    refusalReason?: string;
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
                    "application/json": {
                        id: string;
                        subjectId: string;
                        kind: "export" | "cancellation" | "correction" | "deletion" | "restriction" | "complaint";
                        status: "received" | "in_progress" | "completed" | "refused" | "withdrawn";
                        details: string | null;
                        items: string[];
                        refusalReason: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (mainland China calendar)
                         */
                        dueOn: string;
                        effectiveAt: string | null;
                        completedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    getPrivacyPolicyVersion: {
        parameters: {
            query?: {
                /** @description Language of the documents; defaults to the x-renhe-locale header, then Accept-Language, then zh-CN */
                lang?: "zh-CN" | "en";
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
                        /** @description Language of the documents */
                        locale: "zh-CN" | "en";
                        version: {
                            /** @description Version of the privacy policy: first 16 hex digits of the SHA-256 of its content */
                            policy: string;
                            /** @description Version of the list of personal information collected (个人信息收集清单) */
                            collected: string;
                            /** @description Version of the third-party sharing list (第三方共享清单) */
                            sharing: string;
                        };
                        /**
                         * Format: date-time
                         * @description When the newest of the three documents was first published
                         */
                        publishedAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable error code from the catalogue */
                            code: string;
                            /** @description Message in the request language (zh-CN or en) */
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
}
