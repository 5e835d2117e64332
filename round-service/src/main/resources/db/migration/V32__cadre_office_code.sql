-- The office's own code for a cadre (干部编码): the natural key of the cadre import (POST /imports/cadres).
alter table cadre add column office_code text check (office_code is null or length(office_code) <= 64);
create unique index cadre_office_code on cadre (office_code) where office_code is not null;
