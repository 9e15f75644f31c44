-- Staff can keep an article out of search engines (noindex, left out of the sitemap) while patients still read it.
alter table article add column hidden_from_search_engines boolean default false not null;
