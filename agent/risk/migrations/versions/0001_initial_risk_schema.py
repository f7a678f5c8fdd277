"""Initial risk schema: registry, institution data (applications, loans, repayments), monthly series, court
and abnormal-operation records, the keyed-hash ledger, scan state and the warning log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 13:08:17.792367

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('persons',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('masked_name', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('tenants',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('enterprises',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_rep_key', sa.String(length=64), nullable=True),
    sa.Column('registered_address', sa.String(length=300), nullable=False),
    sa.Column('address_key', sa.String(length=64), nullable=True),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('phone_keys', sa.JSON(), nullable=False),
    sa.Column('industry', sa.String(length=100), nullable=False),
    sa.Column('registered_capital', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('data_changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['legal_rep_key'], ['persons.key'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('enterprises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enterprises_address_key'), ['address_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_enterprises_credit_code'), ['credit_code'], unique=True)
        batch_op.create_index(batch_op.f('ix_enterprises_data_changed_at'), ['data_changed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_enterprises_legal_rep_key'), ['legal_rep_key'], unique=False)

    op.create_table('ledger_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('borrower_key', sa.String(length=64), nullable=False),
    sa.Column('event', sa.String(length=20), nullable=False),
    sa.Column('event_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_borrower_date', ['borrower_key', 'event_on'], unique=False)

    op.create_table('scan_state',
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('last_scan_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ),
    sa.PrimaryKeyConstraint('tenant_id')
    )
    op.create_table('abnormal_listings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('listed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('enterprise_id', 'listed_on')
    )
    with op.batch_alter_table('abnormal_listings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_abnormal_listings_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('contact_phone_key', sa.String(length=64), nullable=True),
    sa.Column('contact_address', sa.String(length=300), nullable=False),
    sa.Column('contact_address_key', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('confirmed_fraud', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tenant_id', 'external_id')
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_contact_address_key'), ['contact_address_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_contact_phone_key'), ['contact_phone_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('headcounts',
    sa.Column('insured_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('enterprise_id', 'month')
    )
    with op.batch_alter_table('headcounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_headcounts_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('invoice_months',
    sa.Column('issued_total', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('received_total', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('issued_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('enterprise_id', 'month')
    )
    with op.batch_alter_table('invoice_months', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_months_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('judicial_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_no', sa.String(length=100), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_no')
    )
    with op.batch_alter_table('judicial_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judicial_records_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('loans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('principal', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('maturity_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tenant_id', 'external_id')
    )
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loans_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loans_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('relations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('person_key', sa.String(length=64), nullable=True),
    sa.Column('related_enterprise_id', sa.Integer(), nullable=True),
    sa.Column('share_pct', sa.Double(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.ForeignKeyConstraint(['person_key'], ['persons.key'], ),
    sa.ForeignKeyConstraint(['related_enterprise_id'], ['enterprises.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('relations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relations_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relations_person_key'), ['person_key'], unique=False)

    op.create_table('tax_filings',
    sa.Column('tax_due', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('tax_paid', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('enterprise_id', 'month')
    )
    with op.batch_alter_table('tax_filings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tax_filings_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('utility_months',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('usage', sa.Double(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('enterprise_id', 'month', 'kind')
    )
    with op.batch_alter_table('utility_months', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_utility_months_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('warning_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], ),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tenant_id', 'fingerprint')
    )
    op.create_table('repayments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('amount_due', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('amount_paid', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], ),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('loan_id', 'due_on')
    )
    with op.batch_alter_table('repayments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repayments_loan_id'), ['loan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_repayments_tenant_id'), ['tenant_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('repayments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repayments_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_repayments_loan_id'))

    op.drop_table('repayments')
    op.drop_table('warning_log')
    with op.batch_alter_table('utility_months', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_utility_months_enterprise_id'))

    op.drop_table('utility_months')
    with op.batch_alter_table('tax_filings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tax_filings_enterprise_id'))

    op.drop_table('tax_filings')
    with op.batch_alter_table('relations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relations_person_key'))
        batch_op.drop_index(batch_op.f('ix_relations_enterprise_id'))

    op.drop_table('relations')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loans_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_loans_enterprise_id'))

    op.drop_table('loans')
    with op.batch_alter_table('judicial_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judicial_records_enterprise_id'))

    op.drop_table('judicial_records')
    with op.batch_alter_table('invoice_months', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_months_enterprise_id'))

    op.drop_table('invoice_months')
    with op.batch_alter_table('headcounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_headcounts_enterprise_id'))

    op.drop_table('headcounts')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_applications_enterprise_id'))
        batch_op.drop_index(batch_op.f('ix_applications_contact_phone_key'))
        batch_op.drop_index(batch_op.f('ix_applications_contact_address_key'))

    op.drop_table('applications')
    with op.batch_alter_table('abnormal_listings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_abnormal_listings_enterprise_id'))

    op.drop_table('abnormal_listings')
    op.drop_table('scan_state')
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_borrower_date')

    op.drop_table('ledger_entries')
    with op.batch_alter_table('enterprises', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enterprises_legal_rep_key'))
        batch_op.drop_index(batch_op.f('ix_enterprises_data_changed_at'))
        batch_op.drop_index(batch_op.f('ix_enterprises_credit_code'))
        batch_op.drop_index(batch_op.f('ix_enterprises_address_key'))

    op.drop_table('enterprises')
    op.drop_table('tenants')
    op.drop_table('persons')
