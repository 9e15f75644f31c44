-- Days the clinic is closed though its weekly hours say open (holidays, training days): shown on the public pages
-- as "Closed on ...".

create sequence clinic_closure_seq start with 50 increment by 50;

create table clinic_closure (
    id        bigint       not null primary key,
    closed_on date         not null,
    reason    varchar(200),
    constraint clinic_closure_day_unique unique (closed_on)
);
